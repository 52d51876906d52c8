package org.gridgov.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridgov.cases.CaseScenarioSteps;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.IntakeReceipt;
import org.gridgov.intake.ResidentReport;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reporter's phone is masked for staff who work on the case, whole only for those who must call
 * the resident, every reveal is logged, and nothing personal sits in the engine's tables.
 */
@GridGovSpringTest
class ReporterContactApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseIntakeService intake;
  @Autowired
  HistoryService history;
  Http http;
  String caseNo;

  @BeforeEach
  void client() {
    http = new Http(port, engine.getName());
  }

  /**
   * A resident of 文昌社区 reports. Garbage is on the grid admission list (the grid verifies on site);
   * a broken street light is not (it goes straight to the township dispatcher).
   */
  private void aResidentReports(String categoryCode) {
    IntakeReceipt receipt = intake.report(new ResidentReport(categoryCode, null, "已经一周了，没人处理",
        CaseScenarioSteps.uniqueAddress(), null, null, "王秀兰", "13812341234", "WECHAT", null));
    caseNo = receipt.caseNo();
  }

  @Test
  void theGridWorkerSeesTheContactMaskedAndRevealsItWithAReason() throws Exception {
    aResidentReports("ENV_GARBAGE");
    JsonNode masked = json(http.get(http.asDemoUser("/api/v1/cases/" + caseNo + "/reporter", "gridworker1")), 200);
    assertThat(masked.get("phone").asText()).isEqualTo("138****1234");
    assertThat(masked.get("name").asText()).isEqualTo("王**");

    JsonNode whole = json(http.postJson(http.asDemoUser("/api/v1/cases/" + caseNo + "/reporter/reveal",
        "gridworker1"), "{\"reason\":\"电话联系核实路灯位置\"}"), 200);
    assertThat(whole.get("phone").asText()).isEqualTo("13812341234");
    assertThat(whole.get("name").asText()).isEqualTo("王秀兰");

    JsonNode log = json(http.get(http.asDemoUser("/api/v1/cases/" + caseNo + "/personal-data-access", "auditor")), 200);
    assertThat(log.get("accesses")).singleElement().satisfies(access -> {
      assertThat(access.get("userId").asText()).isEqualTo("gridworker1");
      assertThat(access.get("granted").asBoolean()).isTrue();
      assertThat(access.get("reason").asText()).isEqualTo("电话联系核实路灯位置");
    });
  }

  @Test
  void theTownshipDispatcherMayRevealButTheCountyCentreOnlySeesItMasked() throws Exception {
    aResidentReports("INFRA_LIGHT");
    assertThat(json(http.postJson(http.asDemoUser("/api/v1/cases/" + caseNo + "/reporter/reveal", "dispatcher1"),
        "{\"reason\":\"派遣前电话确认诉求\"}"), 200).get("phone").asText()).isEqualTo("13812341234");

    assertThat(json(http.get(http.asDemoUser("/api/v1/cases/" + caseNo + "/reporter", "county1")), 200)
        .get("phone").asText()).isEqualTo("138****1234");
    HttpResponse<String> refused = http.postJson(http.asDemoUser("/api/v1/cases/" + caseNo + "/reporter/reveal",
        "county1"), "{\"reason\":\"想看看\"}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("reveal-not-allowed");

    JsonNode log = json(http.get(http.asDemoUser("/api/v1/cases/" + caseNo + "/personal-data-access", "admin")), 200);
    assertThat(log.get("accesses")).extracting(a -> a.get("userId").asText() + ":" + a.get("granted").asBoolean())
        .containsExactly("dispatcher1:true", "county1:false");
  }

  @Test
  void staffOfOtherUnitsDoNotLearnTheCaseExists() {
    aResidentReports("ENV_GARBAGE");
    assertThat(http.get(http.asDemoUser("/api/v1/cases/" + caseNo + "/reporter", "gw-taoyuan-01")).statusCode())
        .isEqualTo(404);
    assertThat(http.postJson(http.asDemoUser("/api/v1/cases/" + caseNo + "/reporter/reveal", "gw-taoyuan-01"),
        "{\"reason\":\"电话联系\"}").statusCode()).isEqualTo(404);
    assertThat(http.get(http.request("/api/v1/cases/" + caseNo + "/reporter")).statusCode()).isEqualTo(401);
  }

  @Test
  void aRevealNeedsAReasonAndOnlyAuditorsReadTheLog() {
    aResidentReports("ENV_GARBAGE");
    HttpResponse<String> noReason = http.postJson(http.asDemoUser("/api/v1/cases/" + caseNo + "/reporter/reveal",
        "gridworker1"), "{}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("须说明理由");
    assertThat(http.get(http.asDemoUser("/api/v1/cases/" + caseNo + "/personal-data-access", "gridworker1"))
        .statusCode()).isEqualTo(403);
  }

  @Test
  void theEngineHoldsNoNameOrPhoneOfTheReporter() {
    aResidentReports("ENV_GARBAGE");
    String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult()
        .getId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .allSatisfy(variable -> assertThat(String.valueOf(variable.getValue()))
            .doesNotContain("13812341234").doesNotContain("王秀兰"));
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).list())
        .allSatisfy(detail -> assertThat(detail.toString()).doesNotContain("13812341234"));
  }

  @Test
  void aTasklistSessionReachesTheApiAndNeedsTheCsrfTokenToReveal() throws Exception {
    aResidentReports("ENV_GARBAGE");
    String token = http.get(http.request(http.webappApi("/camunda/app/tasklist/{engine}/")))
        .headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = http.send(http.request(http.webappApi(
        "/camunda/api/admin/auth/user/{engine}/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=gridworker1&password=GridGov%402026")));
    assertThat(login.statusCode()).isEqualTo(200);
    // the token changes with the login: read the current one as the webapp does
    String sessionToken = http.get(http.request(http.webappApi("/camunda/app/tasklist/{engine}/")))
        .headers().firstValue("X-XSRF-TOKEN").orElseThrow();

    assertThat(json(http.get(http.request("/api/v1/cases/" + caseNo + "/reporter")), 200).get("phone").asText())
        .isEqualTo("138****1234");
    HttpResponse<String> withoutToken = http.postJson(http.request("/api/v1/cases/" + caseNo + "/reporter/reveal"),
        "{\"reason\":\"电话联系核实位置\"}");
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("csrf-token-missing");
    assertThat(json(http.postJson(http.request("/api/v1/cases/" + caseNo + "/reporter/reveal")
        .header("X-XSRF-TOKEN", sessionToken), "{\"reason\":\"电话联系核实位置\"}"), 200).get("phone").asText())
        .isEqualTo("13812341234");
  }

  private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }
}
