package org.gridgov.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridgov.cases.CaseScenarioSteps;
import org.gridgov.cases.CaseVariables.Elements;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Open311 GeoReport v2 as the specification (wiki.open311.org/GeoReport_v2) describes it: field
 * names, the error format (a list of code and description), open/closed with status notes, SLA as
 * expected_datetime, JSON and XML.
 */
@GridGovSpringTest
class Open311ConformanceTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseIntakeService intake;
  @Value("${gridgov.open311.demo-api-key}")
  String apiKey;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port, engine.getName());
  }

  // ------------------------------------------------------------------ services

  @Test
  void servicesListTheCatalogueWithTheSpecsFields() throws Exception {
    HttpResponse<String> response = http.get(http.request("/open311/v2/services.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    JsonNode services = JSON.readTree(response.body());
    assertThat(services.isArray()).isTrue();
    JsonNode garbage = find(services, "ENV_GARBAGE");
    assertThat(fieldNames(garbage)).containsExactlyInAnyOrder("service_code", "service_name", "description", "metadata",
        "type", "keywords", "group");
    assertThat(garbage.get("service_name").asText()).isEqualTo("垃圾堆放清运");
    assertThat(garbage.get("group").asText()).isEqualTo("市容环境");
    assertThat(garbage.get("type").asText()).isIn("realtime", "batch", "blackbox");
    assertThat(garbage.get("metadata").isBoolean()).isTrue();
    assertThat(services.findValuesAsText("service_code")).doesNotContain("ENV", "UTIL");
  }

  @Test
  void servicesAreAlsoServedAsXml() throws Exception {
    HttpResponse<String> response = http.get(http.request("/open311/v2/services.xml"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
    assertThat(response.body()).startsWith("<?xml version='1.0' encoding='UTF-8'?><services><service>")
        .contains("<service_code>ENV_GARBAGE</service_code>").contains("<service_name>垃圾堆放清运</service_name>")
        .contains("<metadata>true</metadata>").contains("<type>realtime</type>");
    JsonNode parsed = new XmlMapper().readTree(response.body().getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.get("service").size()).isGreaterThan(20);
  }

  @Test
  void aServiceDefinitionListsItsAttributes() throws Exception {
    HttpResponse<String> response = http.get(http.request("/open311/v2/services/UTIL_GAS.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode definition = JSON.readTree(response.body());
    assertThat(definition.get("service_code").asText()).isEqualTo("UTIL_GAS");
    JsonNode attribute = definition.get("attributes").get(0);
    assertThat(fieldNames(attribute)).containsExactlyInAnyOrder("variable", "code", "datatype", "required",
        "datatype_description", "order", "description", "values");
    assertThat(attribute.get("datatype").asText()).isEqualTo("singlevaluelist");
    assertThat(attribute.get("values").findValuesAsText("key")).containsExactly("CRITICAL", "URGENT", "NORMAL", "COMPLEX");
    assertThat(http.get(http.request("/open311/v2/services/UTIL_GAS.xml")).body())
        .contains("<service_definition><service_code>UTIL_GAS</service_code><attributes><attribute>");
  }

  @Test
  void anUnknownServiceAnswersInTheErrorFormat() throws Exception {
    HttpResponse<String> json = http.get(http.request("/open311/v2/services/NO_SUCH.json"));
    assertError(json, 404);

    HttpResponse<String> xml = http.get(http.request("/open311/v2/services/NO_SUCH.xml"));
    assertThat(xml.statusCode()).isEqualTo(404);
    assertThat(xml.body()).contains("<errors><error><code>404</code><description>");
  }

  // ------------------------------------------------------------------ POST requests

  @Test
  void aClientPostsARequestAndReadsItBack() throws Exception {
    Map<String, String> form = request();
    form.put("first_name", "小明");
    form.put("last_name", "张");
    form.put("phone", "13500001234");
    form.put("attribute[urgency]", "URGENT");

    HttpResponse<String> posted = post(form);

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(posted.body()).get(0);
    assertThat(fieldNames(answer)).contains("service_request_id", "service_notice", "account_id");
    String id = answer.get("service_request_id").asText();
    assertThat(id).matches("GG-\\d{8}-\\d{6}");

    HttpResponse<String> read = http.get(http.request("/open311/v2/requests/" + id + ".json?api_key=" + apiKey));
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode request = JSON.readTree(read.body()).get(0);
    assertThat(fieldNames(request)).containsExactlyInAnyOrder("service_request_id", "status", "status_notes",
        "service_name", "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
        "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    assertThat(request.get("status").asText()).isEqualTo("open");
    assertThat(request.get("status_notes").asText()).isEqualTo("已受理");
    assertThat(request.get("service_code").asText()).isEqualTo("ENV_GARBAGE");
    assertThat(request.get("agency_responsible").asText()).isNotBlank();
    assertThat(OffsetDateTime.parse(request.get("requested_datetime").asText()).getOffset())
        .isEqualTo(ZoneOffset.ofHours(8));
    assertThat(OffsetDateTime.parse(request.get("expected_datetime").asText()))
        .isAfter(OffsetDateTime.parse(request.get("requested_datetime").asText()));
    assertThat(read.body()).doesNotContain("13500001234").doesNotContain("张小明");
  }

  @Test
  void postingNeedsAValidApiKey() throws Exception {
    Map<String, String> noKey = request();
    noKey.remove("api_key");
    assertError(post(noKey), 403);

    Map<String, String> wrongKey = request();
    wrongKey.put("api_key", "not-a-key");
    assertError(post(wrongKey), 403);
  }

  @Test
  void postingNeedsAServiceCodeAndALocation() throws Exception {
    Map<String, String> noCode = request();
    noCode.remove("service_code");
    assertError(post(noCode), 400);

    Map<String, String> unknownCode = request();
    unknownCode.put("service_code", "NO_SUCH");
    assertError(post(unknownCode), 400);

    Map<String, String> nowhere = request();
    nowhere.remove("address_string");
    assertError(post(nowhere), 400);

    Map<String, String> addressIdOnly = request();
    addressIdOnly.remove("address_string");
    addressIdOnly.put("address_id", "12345");
    HttpResponse<String> response = post(addressIdOnly);
    assertError(response, 400);
    assertThat(response.body()).contains("address_id");

    Map<String, String> latOnly = request();
    latOnly.remove("address_string");
    latOnly.put("lat", "34.18");
    assertError(post(latOnly), 400);

    Map<String, String> badLat = request();
    badLat.put("lat", "north");
    badLat.put("long", "115.52");
    assertError(post(badLat), 400);

    Map<String, String> noDescription = request();
    noDescription.remove("description");
    assertError(post(noDescription), 400);
  }

  @Test
  void aRequestWithCoordinatesOnlyIsTaken() throws Exception {
    Map<String, String> form = request();
    form.remove("address_string");
    form.put("lat", String.valueOf(34.1805 + Math.random() * 0.007));
    form.put("long", String.valueOf(115.5205 + Math.random() * 0.011));
    form.put("service_code", "INFRA_LIGHT");

    HttpResponse<String> response = post(form);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  // ------------------------------------------------------------------ GET requests

  @Test
  void requestsAreFilteredByIdCodeStatusAndDate() throws Exception {
    String open = id(post(request()));
    String closed = closedCase();

    JsonNode byIds = getRequests("service_request_id=" + open + "," + closed);
    assertThat(byIds.findValuesAsText("service_request_id")).containsExactlyInAnyOrder(open, closed);

    JsonNode closedOnes = getRequests("status=closed&service_code=ENV_GARBAGE");
    assertThat(closedOnes.findValuesAsText("service_request_id")).contains(closed).doesNotContain(open);
    assertThat(closedOnes.findValuesAsText("status")).containsOnly("closed");
    JsonNode closedCase = find(closedOnes, closed, "service_request_id");
    assertThat(closedCase.get("status_notes").asText()).isEqualTo("已办结");

    JsonNode openOnes = getRequests("status=open");
    assertThat(openOnes.findValuesAsText("service_request_id")).contains(open).doesNotContain(closed);

    JsonNode otherCode = getRequests("service_code=UTIL_GAS");
    assertThat(otherCode.findValuesAsText("service_request_id")).doesNotContain(open, closed);

    // the default window is the last 90 days; an old window holds neither
    JsonNode defaultWindow = getRequests("");
    assertThat(defaultWindow.findValuesAsText("service_request_id")).contains(open, closed);
    JsonNode longAgo = getRequests("start_date=" + encode("2020-01-01T00:00:00+08:00")
        + "&end_date=" + encode("2020-03-01T00:00:00+08:00"));
    assertThat(longAgo.findValuesAsText("service_request_id")).doesNotContain(open, closed);
  }

  @Test
  void getRequestsRefusesBadFiltersInTheErrorFormat() throws Exception {
    assertError(http.get(http.request("/open311/v2/requests.json")), 403);
    assertError(http.get(http.request("/open311/v2/requests.json?api_key=" + apiKey + "&status=pending")), 400);
    assertError(http.get(http.request("/open311/v2/requests.json?api_key=" + apiKey + "&start_date=yesterday")), 400);
    assertError(http.get(http.request("/open311/v2/requests.json?api_key=" + apiKey + "&start_date="
        + encode("2026-01-01T00:00:00+08:00") + "&end_date=" + encode("2026-06-01T00:00:00+08:00"))), 400);
    assertError(http.get(http.request("/open311/v2/requests/GG-19990101-000001.json?api_key=" + apiKey)), 404);
  }

  @Test
  void jurisdictionIdIsAcceptedAndIgnored() {
    assertThat(http.get(http.request("/open311/v2/services.json?jurisdiction_id=anlan.gov.cn")).statusCode())
        .isEqualTo(200);
  }

  private String closedCase() throws Exception {
    String id = id(post(request()));
    CaseScenarioSteps steps = new CaseScenarioSteps(engine, intake);
    ProcessInstance pi = steps.instance(id);
    steps.complete(pi, Elements.TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "HANDLE");
    steps.complete(pi, Elements.TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote", "已清运");
    steps.complete(pi, Elements.TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "ACCEPTED");
    return id;
  }

  private JsonNode getRequests(String query) throws Exception {
    HttpResponse<String> response = http.get(http.request("/open311/v2/requests.json?api_key=" + apiKey
        + (query.isEmpty() ? "" : "&" + query)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private Map<String, String> request() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", apiKey);
    form.put("jurisdiction_id", "anlan.gov.cn");
    form.put("service_code", "ENV_GARBAGE");
    form.put("address_string", CaseScenarioSteps.uniqueAddress());
    form.put("description", "路边垃圾很多，没人清理");
    return form;
  }

  private HttpResponse<String> post(Map<String, String> form) {
    String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return http.send(http.request("/open311/v2/requests.json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String id(HttpResponse<String> posted) throws Exception {
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    return JSON.readTree(posted.body()).get(0).get("service_request_id").asText();
  }

  private static void assertError(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode errors = JSON.readTree(response.body());
    assertThat(errors.isArray()).isTrue();
    assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
    assertThat(errors.get(0).get("description").asText()).isNotBlank();
    assertThat(fieldNames(errors.get(0))).containsExactlyInAnyOrder("code", "description");
  }

  private static JsonNode find(JsonNode list, String code) {
    return find(list, code, "service_code");
  }

  private static JsonNode find(JsonNode list, String value, String field) {
    for (JsonNode node : list) {
      if (value.equals(node.get(field).asText())) {
        return node;
      }
    }
    throw new AssertionError(value + " not in " + list);
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
