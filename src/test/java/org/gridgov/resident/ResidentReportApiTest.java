package org.gridgov.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.resident.ResidentApiClient.body;
import static org.gridgov.resident.ResidentApiClient.json;
import static org.gridgov.resident.ResidentApiClient.reportFields;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseScenarioSteps;
import org.gridgov.cases.CaseVariables.Elements;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.resident.ResidentApiClient.Photo;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The residents' API end to end over HTTP: every endpoint, every refusal, nothing half-written. */
@GridGovSpringTest
class ResidentReportApiTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseIntakeService intake;
  @Autowired
  CaseReadModel readModel;
  @Autowired
  ReportRateLimiter rateLimiter;
  @Value("${gridgov.open311.demo-api-key}")
  String open311Key;

  Http http;
  ResidentApiClient api;

  @BeforeEach
  void setUp() {
    http = new Http(port, engine.getName());
    api = new ResidentApiClient(http);
  }

  // ------------------------------------------------------------------ report and track

  @Test
  void reportWithPhotoAnswersCaseNumberTokenAndStatus() {
    HttpResponse<String> response = api.postMultipart("/api/v1/reports", reportFields("13800001234"),
        List.of(new Photo("垃圾.png", "image/png", ResidentApiClient.PNG)), null, null);

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode receipt = body(response);
    String caseNo = receipt.get("caseNo").asText();
    assertThat(caseNo).matches("GG-\\d{8}-\\d{6}");
    assertThat(receipt.get("token").asText()).hasSizeGreaterThanOrEqualTo(22);
    assertThat(receipt.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(receipt.get("statusLabel").asText()).isEqualTo("受理");
    assertThat(receipt.get("trackingUrl").asText()).isEqualTo("/report/track.html?case=" + caseNo + "&token="
        + receipt.get("token").asText());
    assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/reports/" + caseNo);
    assertThat(readModel.get(caseNo).getChannel()).isEqualTo("WEB");
  }

  @Test
  void trackingShowsStatusTimelineAndPhotosWithPersonalDataMasked() {
    JsonNode receipt = body(api.postMultipart("/api/v1/reports", reportFields("13800001234"),
        List.of(new Photo("photo.jpg", "image/jpeg", ResidentApiClient.PNG)), null, null));
    String caseNo = receipt.get("caseNo").asText();
    String token = receipt.get("token").asText();

    HttpResponse<String> response = api.track(caseNo, token);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    JsonNode tracking = body(response);
    assertThat(tracking.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(tracking.get("categoryName").asText()).isEqualTo("垃圾堆放清运");
    assertThat(tracking.get("reporter").get("name").asText()).isEqualTo("王**");
    assertThat(tracking.get("reporter").get("phone").asText()).isEqualTo("138****1234");
    assertThat(response.body()).doesNotContain("13800001234").doesNotContain("王秀兰");
    assertThat(tracking.get("timeline").findValuesAsText("stage")).startsWith("REPORTED", "ACCEPTED");
    assertThat(tracking.get("timeline").findValuesAsText("title")).contains("已上报", "已受理");
    assertThat(tracking.get("handlingUnit").asText()).isEqualTo("文昌社区第一网格");
    assertThat(tracking.get("awaitingEvaluation").asBoolean()).isFalse();
    assertThat(tracking.get("supplementsAccepted").asBoolean()).isTrue();
    // the photo is a PNG whatever its name and declared type said
    JsonNode photo = tracking.get("photos").get(0);
    assertThat(photo.get("kind").asText()).isEqualTo("REPORT");
    assertThat(photo.get("contentType").asText()).isEqualTo("image/png");

    HttpResponse<byte[]> image = bytes(http.request(photo.get("url").asText() + "?token=" + token));
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(image.body()).isEqualTo(ResidentApiClient.PNG);
  }

  @Test
  void aReportInJsonNeedsNoPhotoAndTheTokenWorksAsQueryParameter() {
    HttpResponse<String> response = api.postJson("/api/v1/reports", json(Map.of("categoryCode", "INFRA_LIGHT",
        "description", "路灯不亮", "lat", 34.1822, "lng", 115.5261)), null);

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode receipt = body(response);
    HttpResponse<String> tracked = http.get(http.request(receipt.get("trackingUrl").asText()
        .replace("/report/track.html?case=", "/api/v1/reports/").replace("&token=", "?token=")));
    assertThat(tracked.statusCode()).isEqualTo(200);
    assertThat(body(tracked).has("reporter")).isFalse();
    assertThat(readModel.get(receipt.get("caseNo").asText()).getChannel()).isEqualTo("APP");
  }

  @Test
  void aWrongOrMissingTokenAnswersLikeAnUnknownCase() {
    JsonNode receipt = body(api.postMultipart("/api/v1/reports", reportFields(null), List.of(), null, null));
    String caseNo = receipt.get("caseNo").asText();

    HttpResponse<String> wrong = api.track(caseNo, "not-the-token");
    HttpResponse<String> missing = api.track(caseNo, null);
    HttpResponse<String> unknown = api.track("GG-19990101-000001", receipt.get("token").asText());

    for (HttpResponse<String> response : List.of(wrong, missing, unknown)) {
      assertProblem(response, 404, "report-not-found");
    }
    assertThat(body(wrong).get("detail").asText()).isEqualTo(body(unknown).get("detail").asText());
    assertProblem(http.get(http.request("/api/v1/reports/" + caseNo + "/photos/1?token=wrong")), 404, "report-not-found");
  }

  @Test
  void categoriesAreTheLeavesOfTheServiceCatalogue() {
    HttpResponse<String> response = http.get(http.request("/api/v1/reports/categories"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body(response).findValuesAsText("code")).contains("ENV_GARBAGE", "UTIL_GAS").doesNotContain("ENV");
    assertThat(body(response).get(0).get("groupName").asText()).isEqualTo("市容环境");
  }

  // ------------------------------------------------------------------ idempotency

  @Test
  void theSameKeyAndBodyAnswerTheSameCaseWithAFurtherToken() {
    String key = "key-" + UUID.randomUUID();
    Map<String, String> fields = reportFields("13900001111");
    List<Photo> photos = List.of(new Photo("a.png", "image/png", ResidentApiClient.PNG));

    HttpResponse<String> first = api.postMultipart("/api/v1/reports", fields, photos, key, null);
    HttpResponse<String> retry = api.postMultipart("/api/v1/reports", fields, photos, key, null);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    String caseNo = body(first).get("caseNo").asText();
    assertThat(body(retry).get("caseNo").asText()).isEqualTo(caseNo);
    assertThat(api.track(caseNo, body(first).get("token").asText()).statusCode()).isEqualTo(200);
    assertThat(api.track(caseNo, body(retry).get("token").asText()).statusCode()).isEqualTo(200);
    assertThat(body(api.track(caseNo, body(retry).get("token").asText())).get("photos")).hasSize(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count())
        .isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsAConflict() {
    String key = "key-" + UUID.randomUUID();
    Map<String, String> fields = reportFields("13900001111");
    api.postMultipart("/api/v1/reports", fields, List.of(), key, null);

    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put("description", "另一件事：路灯坏了");
    assertProblem(api.postMultipart("/api/v1/reports", changed, List.of(), key, null), 409, "idempotency-key-reused");
    assertProblem(api.postMultipart("/api/v1/reports", fields,
        List.of(new Photo("b.png", "image/png", ResidentApiClient.PNG)), key, null), 409, "idempotency-key-reused");
  }

  @Test
  void anIdempotencyKeyOfTheWrongShapeIsRefused() {
    assertProblem(api.postMultipart("/api/v1/reports", reportFields(null), List.of(), "short", null), 400,
        "invalid-report");
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void invalidReportsAreRefusedWithAReasonAndLeaveNoCase() {
    Map<String, Map<String, String>> invalid = new LinkedHashMap<>();
    invalid.put("unknown category", with("categoryCode", "NO_SUCH_THING"));
    invalid.put("a group, not a leaf", with("categoryCode", "ENV"));
    invalid.put("no description", with("description", ""));
    invalid.put("no location", with("addressText", ""));
    invalid.put("bad phone", with("reporterPhone", "12345"));
    invalid.put("bad urgency", with("urgency", "VERY"));
    for (Map.Entry<String, Map<String, String>> entry : invalid.entrySet()) {
      String key = "bad-" + UUID.randomUUID();
      HttpResponse<String> response = api.postMultipart("/api/v1/reports", entry.getValue(), List.of(), key, null);
      assertProblem(response, 400, "invalid-report");
      assertThat(body(response).get("detail").asText()).as(entry.getKey()).matches(".*[\\u4e00-\\u9fa5].*");
      assertThat(readModel.findByIdempotencyKey(key)).as(entry.getKey()).isEmpty();
    }
  }

  @Test
  void malformedRequestsAreRefused() {
    assertProblem(api.postJson("/api/v1/reports", "{\"categoryCode\": \"ENV_GARBAGE\",", null), 400, "malformed-request");
    Map<String, String> badNumber = with("lat", "north");
    assertProblem(api.postMultipart("/api/v1/reports", badNumber, List.of(), null, null), 400, "malformed-request");
    HttpResponse<String> text = http.send(http.request("/api/v1/reports").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("垃圾")));
    assertProblem(text, 415, "unsupported-media-type");
  }

  @Test
  void aFileThatIsNotAPhotoIsRefusedWhateverItIsCalled() {
    String key = "exe-" + UUID.randomUUID();
    HttpResponse<String> response = api.postMultipart("/api/v1/reports", reportFields(null),
        List.of(new Photo("photo.jpg", "image/jpeg", "MZ this is a program".getBytes())), key, null);

    assertProblem(response, 415, "unsupported-photo-type");
    assertThat(readModel.findByIdempotencyKey(key)).isEmpty();
  }

  @Test
  void tooLargeOrTooManyPhotosAreRefusedAndLeaveNoCase() {
    byte[] large = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(ResidentApiClient.JPEG, 0, large, 0, ResidentApiClient.JPEG.length);
    String key = "big-" + UUID.randomUUID();
    assertProblem(api.postMultipart("/api/v1/reports", reportFields(null),
        List.of(new Photo("big.jpg", "image/jpeg", large)), key, null), 413, "photo-too-large");
    assertThat(readModel.findByIdempotencyKey(key)).isEmpty();

    Photo small = new Photo("p.jpg", "image/jpeg", ResidentApiClient.JPEG);
    String manyKey = "many-" + UUID.randomUUID();
    assertProblem(api.postMultipart("/api/v1/reports", reportFields(null), List.of(small, small, small, small, small),
        manyKey, null), 413, "too-many-photos");
    assertThat(readModel.findByIdempotencyKey(manyKey)).isEmpty();
  }

  @Test
  void tooManyPostsFromOneAddressOrForOnePhoneAreRefusedWithRetryAfter() {
    ResidentProperties.RateLimit normal = rateLimiter.limits();
    try {
      rateLimiter.use(new ResidentProperties.RateLimit(3, 2, Duration.ofMinutes(10)));
      assertThat(api.postMultipart("/api/v1/reports", reportFields("13700001111"), List.of(), null, null).statusCode())
          .isEqualTo(201);
      assertThat(api.postMultipart("/api/v1/reports", reportFields("13700001111"), List.of(), null, null).statusCode())
          .isEqualTo(201);
      HttpResponse<String> samePhone = api.postMultipart("/api/v1/reports", reportFields("13700001111"), List.of(),
          null, null);
      assertProblem(samePhone, 429, "too-many-requests");
      assertThat(body(samePhone).get("detail").asText()).contains("手机号");
      assertThat(Long.parseLong(samePhone.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);

      HttpResponse<String> sameAddress = api.postMultipart("/api/v1/reports", reportFields("13700002222"), List.of(),
          null, null);
      assertProblem(sameAddress, 429, "too-many-requests");
      assertThat(sameAddress.headers().firstValue("Retry-After")).isPresent();
    } finally {
      rateLimiter.use(normal);
    }
  }

  @Test
  void open311RequestsCountAgainstTheSameLimits() {
    ResidentProperties.RateLimit normal = rateLimiter.limits();
    try {
      rateLimiter.use(new ResidentProperties.RateLimit(1, 100, Duration.ofMinutes(10)));
      String form = "api_key=" + open311Key + "&service_code=ENV_GARBAGE&description=" + encode("垃圾没人清运")
          + "&address_string=" + encode(CaseScenarioSteps.uniqueAddress());
      HttpRequest.Builder post = http.request("/open311/v2/requests.json")
          .header("Content-Type", "application/x-www-form-urlencoded");

      assertThat(http.send(post.copy().POST(HttpRequest.BodyPublishers.ofString(form))).statusCode()).isEqualTo(201);
      HttpResponse<String> refused = http.send(post.copy().POST(HttpRequest.BodyPublishers.ofString(form)));

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(body(refused).get(0).get("code").asInt()).isEqualTo(429);
    } finally {
      rateLimiter.use(normal);
    }
  }

  // ------------------------------------------------------------------ supplements

  @Test
  void theReporterAddsTextAndPhotosWhileTheCaseIsOpen() {
    JsonNode receipt = body(api.postMultipart("/api/v1/reports", reportFields(null), List.of(), null, null));
    String caseNo = receipt.get("caseNo").asText();
    String token = receipt.get("token").asText();

    HttpResponse<String> text = http.postJson(http.request("/api/v1/reports/" + caseNo + "/supplements")
        .header("X-Report-Token", token), json(Map.of("text", "垃圾越堆越多，已经有异味")));
    HttpResponse<String> photo = api.postMultipart("/api/v1/reports/" + caseNo + "/supplements",
        Map.of("text", "补一张照片"), List.of(new Photo("x.webp", "image/webp", webp())), null, token);

    assertThat(text.statusCode()).isEqualTo(201);
    assertThat(photo.statusCode()).isEqualTo(201);
    JsonNode tracking = body(photo);
    assertThat(tracking.get("timeline").findValuesAsText("stage")).contains("SUPPLEMENT");
    assertThat(tracking.get("photos").findValuesAsText("kind")).containsExactly("SUPPLEMENT");
    assertThat(tracking.get("photos").get(0).get("contentType").asText()).isEqualTo("image/webp");
    assertThat(readModel.timeline(caseNo)).anySatisfy(e -> assertThat(e.getDetail()).contains("已经有异味"));
  }

  @Test
  void aSupplementNeedsContentAndTheRightToken() {
    JsonNode receipt = body(api.postMultipart("/api/v1/reports", reportFields(null), List.of(), null, null));
    String caseNo = receipt.get("caseNo").asText();

    assertProblem(http.postJson(http.request("/api/v1/reports/" + caseNo + "/supplements")
        .header("X-Report-Token", receipt.get("token").asText()), json(Map.of("text", " "))), 400, "invalid-report");
    assertProblem(http.postJson(http.request("/api/v1/reports/" + caseNo + "/supplements")
        .header("X-Report-Token", "wrong"), json(Map.of("text", "补充"))), 404, "report-not-found");
    assertProblem(api.postMultipart("/api/v1/reports/" + caseNo + "/supplements", Map.of(),
        List.of(new Photo("x.gif", "image/gif", "GIF89a".getBytes())), null, receipt.get("token").asText()), 415,
        "unsupported-photo-type");
  }

  // ------------------------------------------------------------------ result and evaluation

  @Test
  void theReporterSeesTheResultAndRatesItOnce() {
    JsonNode receipt = body(api.postMultipart("/api/v1/reports", reportFields("13800005678"), List.of(), null, null));
    String caseNo = receipt.get("caseNo").asText();
    String token = receipt.get("token").asText();
    assertProblem(api.evaluate(caseNo, token, "满意", null), 409, "evaluation-not-expected");

    // staff handle it on site, attach a photo of the result and pass the check
    CaseScenarioSteps steps = new CaseScenarioSteps(engine, intake);
    ProcessInstance pi = steps.instance(caseNo);
    steps.complete(pi, Elements.TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "HANDLE");
    steps.complete(pi, Elements.TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote",
        "已联系环卫清运完毕");
    HttpResponse<String> resultPhoto = staffPhoto(caseNo, "gridworker1");
    assertThat(resultPhoto.statusCode()).isEqualTo(201);
    steps.complete(pi, Elements.TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "ACCEPTED");
    steps.runDueJobs(pi);

    JsonNode closed = body(api.track(caseNo, token));
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("reply").asText()).isEqualTo("已联系环卫清运完毕");
    assertThat(closed.get("awaitingEvaluation").asBoolean()).isTrue();
    assertThat(closed.get("supplementsAccepted").asBoolean()).isFalse();
    assertThat(closed.get("photos").findValuesAsText("kind")).containsExactly("RESULT");
    assertThat(closed.get("timeline").findValuesAsText("title")).contains("结果照片").doesNotContain("补充材料");
    assertThat(closed.get("timeline").findValuesAsText("stage")).contains("REPORTED", "ACCEPTED", "HANDLING", "RESULT",
        "CLOSED");

    assertProblem(api.evaluate(caseNo, token, "非常好", null), 400, "invalid-rating");
    assertProblem(api.evaluate(caseNo, "wrong", "满意", null), 404, "report-not-found");
    HttpResponse<String> rated = api.evaluate(caseNo, token, "基本满意", "处理及时，希望以后常来看看");
    assertThat(rated.statusCode()).isEqualTo(200);
    assertThat(body(rated).get("status").asText()).isEqualTo("EVALUATED");
    assertThat(body(rated).get("satisfaction").asText()).isEqualTo("BASICALLY_SATISFIED");
    assertThat(body(rated).get("evaluationComment").asText()).isEqualTo("处理及时，希望以后常来看看");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();

    assertProblem(api.evaluate(caseNo, token, "SATISFIED", null), 409, "already-evaluated");
    assertProblem(http.postJson(http.request("/api/v1/reports/" + caseNo + "/supplements")
        .header("X-Report-Token", token), json(Map.of("text", "还有一件事"))), 409, "case-finished");
  }

  @Test
  void casePhotosAreForStaffWhoMayReadTheCase() {
    JsonNode receipt = body(api.postMultipart("/api/v1/reports", reportFields(null),
        List.of(new Photo("a.png", "image/png", ResidentApiClient.PNG)), null, null));
    String caseNo = receipt.get("caseNo").asText();

    assertThat(http.get(http.request("/api/v1/cases/" + caseNo + "/photos")).statusCode()).isEqualTo(401);
    assertProblem(http.get(http.asDemoUser("/api/v1/cases/" + caseNo + "/photos", "dept1")), 404, "report-not-found");
    HttpResponse<String> listed = http.get(http.asDemoUser("/api/v1/cases/" + caseNo + "/photos", "gridworker1"));
    assertThat(listed.statusCode()).isEqualTo(200);
    String url = body(listed).get("photos").get(0).get("url").asText();
    assertThat(bytes(http.asDemoUser(url, "gridworker1")).body()).isEqualTo(ResidentApiClient.PNG);
    assertThat(staffPhoto(caseNo, "dept1").statusCode()).isEqualTo(404);
  }

  // ------------------------------------------------------------------ OpenAPI

  @Test
  void theApiIsDescribedWithOpenApi() {
    HttpResponse<String> docs = http.get(http.request("/v3/api-docs"));
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/v1/reports", "/api/v1/reports/{caseNo}/evaluation",
        "/api/v1/reports/{caseNo}/supplements", "/open311/v2/requests.json");

    HttpResponse<String> ui = http.get(http.request("/swagger-ui/index.html"));
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';"));
  }

  private HttpResponse<String> staffPhoto(String caseNo, String user) {
    return http.send(multipartAs(caseNo, user));
  }

  private HttpRequest.Builder multipartAs(String caseNo, String user) {
    String boundary = "----staff" + UUID.randomUUID().toString().replace("-", "");
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"done.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n").getBytes();
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
    byte[] body = new byte[head.length + ResidentApiClient.PNG.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(ResidentApiClient.PNG, 0, body, head.length, ResidentApiClient.PNG.length);
    System.arraycopy(tail, 0, body, head.length + ResidentApiClient.PNG.length, tail.length);
    return http.asDemoUser("/api/v1/cases/" + caseNo + "/photos", user)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Map<String, String> with(String field, String value) {
    Map<String, String> fields = reportFields(null);
    fields.put(field, value);
    return fields;
  }

  private static byte[] webp() {
    byte[] bytes = new byte[16];
    System.arraycopy("RIFF".getBytes(), 0, bytes, 0, 4);
    System.arraycopy("WEBPVP8 ".getBytes(), 0, bytes, 8, 8);
    return bytes;
  }

  static void assertProblem(HttpResponse<String> response, int status, String slug) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
        assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = body(response);
    assertThat(problem.get("type").asText()).isEqualTo("https://gridgov.org/problems/" + slug);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).isNotBlank();
  }
}
