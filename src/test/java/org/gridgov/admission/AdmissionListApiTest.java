package org.gridgov.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The admission list API: applying (idempotent), the current list, a matter's history, and errors. */
@GridGovSpringTest
class AdmissionListApiTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TaskService tasks;

  @Test
  void shouldApplyOnceForOneIdempotencyKeyAndShowThePublishedMatterWithItsHistory() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = new java.util.HashMap<>(Map.of("departmentId", "dept-sthj",
        "matterName", "秸秆焚烧巡查", "matterDescription", "夏秋两季网格员每日巡查农田焚烧情况并上报",
        "applicationReason", "禁烧期短、点位分散，须依靠网格员及时发现", "categoryCode", "POLLUTE_AIR",
        "gridDuty", "巡查、发现上报", "workloadHoursPerMonth", 10, "admissionKind", "TEMPORARY"));
    body.put("validFrom", LocalDate.now().toString());
    body.put("validUntil", LocalDate.now().plusMonths(3).toString());

    ResponseEntity<Map> first = http.withBasicAuth("dept3", Http.DEMO_PASSWORD).postForEntity("/api/v1/admission-applications", withKey(body, key), Map.class);
    ResponseEntity<Map> again = http.withBasicAuth("dept3", Http.DEMO_PASSWORD).postForEntity("/api/v1/admission-applications", withKey(body, key), Map.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("applicationNo")).isEqualTo(first.getBody().get("applicationNo"));
    String processInstanceId = (String) first.getBody().get("processInstanceId");
    assertThat(tasks.createTaskQuery().processInstanceId(processInstanceId).count()).isEqualTo(1);

    // reviewed and approved in Tasklist
    completeAs(processInstanceId, "county1", Map.of("reviewRecommendation", "APPROVE"));
    completeAs(processInstanceId, "county2", Map.of("approvalDecision", "APPROVE"));

    String code = (String) first.getBody().get("itemCode");
    Map<?, ?> list = http.getForObject("/api/v1/admission-list", Map.class);
    assertThat((List<Map<String, Object>>) list.get("items"))
        .anySatisfy(item -> {
          assertThat(item.get("code")).isEqualTo(code);
          assertThat(item.get("admissionKind")).isEqualTo("TEMPORARY");
          assertThat(item.get("validUntil")).isEqualTo(LocalDate.now().plusMonths(3).toString());
        });
    Map<?, ?> later = http.getForObject("/api/v1/admission-list?day=" + LocalDate.now().plusMonths(4), Map.class);
    assertThat((List<Map<String, Object>>) later.get("items")).noneSatisfy(item ->
        assertThat(item.get("code")).isEqualTo(code));

    Map<?, ?> history = http.getForObject("/api/v1/admission-list/" + code + "/history", Map.class);
    assertThat(history.get("status")).isEqualTo("LISTED");
    assertThat((List<Map<String, Object>>) history.get("changes")).singleElement()
        .satisfies(change -> assertThat(change.get("changeKind")).isEqualTo("ADMITTED"));
  }

  @Test
  void shouldExplainInChineseWhyAnApplicationIsRefusedAndStartNothing() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("departmentId", "dept-cgj", "matterName", "x",
        "admissionKind", "PERMANENT", "validFrom", LocalDate.now().toString());

    ResponseEntity<Map> response = http.withBasicAuth("dept1", Http.DEMO_PASSWORD).postForEntity("/api/v1/admission-applications", withKey(body, key), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody().get("type")).isEqualTo("https://gridgov.org/problems/invalid-admission-application");
    assertThat((String) response.getBody().get("detail")).contains("事项名称须为 2-100 字");
  }

  @Test
  void shouldAnswer404ForAnUnknownMatterAnd400ForABadDay() {
    ResponseEntity<Map> unknown = http.getForEntity("/api/v1/admission-list/NO-SUCH-CODE/history", Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) unknown.getBody().get("detail")).contains("准入清单中没有编号为 NO-SUCH-CODE 的事项");

    ResponseEntity<Map> badDay = http.getForEntity("/api/v1/admission-list?day=2026-13-45", Map.class);
    assertThat(badDay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) badDay.getBody().get("detail")).contains("日期格式 yyyy-MM-dd");
  }

  private void completeAs(String processInstanceId, String user, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    tasks.claim(task.getId(), user);
    tasks.complete(task.getId(), variables);
  }

  private static HttpEntity<Map<String, Object>> withKey(Map<String, Object> body, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    return new HttpEntity<>(body, headers);
  }
}
