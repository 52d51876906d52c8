package org.gridgov.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/v1/mediation/statistics}: the figures as JSON, bad periods as problem details in Chinese. */
@GridGovSpringTest
class MediationStatisticsApiTest {

  @Autowired
  TestRestTemplate http;

  @Test
  void shouldAnswerWithTheFiguresOfAPeriod() {
    // a period long before any dispute of the test suite: nothing concluded, no shares
    ResponseEntity<Map> response = http.withBasicAuth("county1", Http.DEMO_PASSWORD).getForEntity(
        "/api/v1/mediation/statistics?from=1990-01-01&to=1990-12-31&townshipId=town-liulin", Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("from", "1990-01-01").containsEntry("to", "1990-12-31")
        .containsEntry("townshipId", "town-liulin").containsEntry("concluded", 0)
        .containsEntry("resolvedAtVillage", 0).containsEntry("referred", 0)
        .doesNotContainKey("villageShare");
  }

  @Test
  void shouldExplainABadPeriodInChinese() {
    ResponseEntity<Map> reversed = http.withBasicAuth("county1", Http.DEMO_PASSWORD).getForEntity("/api/v1/mediation/statistics?from=2026-02-01&to=2026-01-01",
        Map.class);
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reversed.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(reversed.getBody()).containsEntry("type", "https://gridgov.org/problems/invalid-period");
    assertThat((String) reversed.getBody().get("detail")).contains("结束日期(to)不能早于开始日期(from)");

    ResponseEntity<Map> missing = http.withBasicAuth("county1", Http.DEMO_PASSWORD).getForEntity("/api/v1/mediation/statistics?from=2026-01-01", Map.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) missing.getBody().get("detail")).contains("缺少参数 to");

    ResponseEntity<Map> badDate = http.withBasicAuth("county1", Http.DEMO_PASSWORD).getForEntity("/api/v1/mediation/statistics?from=2026-01-01&to=tomorrow",
        Map.class);
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) badDate.getBody().get("detail")).contains("参数 to 的值无效");

    ResponseEntity<Map> township = http.withBasicAuth("county1", Http.DEMO_PASSWORD).getForEntity(
        "/api/v1/mediation/statistics?from=2026-01-01&to=2026-01-31&townshipId=comm-wenchang", Map.class);
    assertThat(township.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) township.getBody().get("detail")).contains("乡镇(街道)不存在");
  }

  @Test
  void shouldRefuseAnonymousReaders() {
    assertThat(http.getForEntity("/api/v1/mediation/statistics?from=2026-01-01&to=2026-02-01", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
