package org.gridgov.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The holiday table and its admin API on the real database (H2, or MariaDB with -Pmariadb). */
@GridGovSpringTest
class HolidayApiTest {

  /** A year no other test touches, so the shared MariaDB database holds only this test's rows. */
  private static final int YEAR = 2091;
  private static final String URL = "/api/v1/admin/holidays";

  @Autowired
  private TestRestTemplate anonymous;
  /** The admin API is for administrators only (see WebSecurityTest for the refusals). */
  private TestRestTemplate rest;
  @Autowired
  private WorkingCalendar calendar;
  @Autowired
  private HolidayMapper holidays;

  @BeforeEach
  void clearTestYear() {
    rest = anonymous.withBasicAuth("admin", Http.DEMO_PASSWORD);
    holidays.findBetween(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR + 1, 1, 1))
        .forEach(h -> holidays.delete(h.getHolidayDate()));
  }

  @Test
  void the2026HolidaysAreSeeded() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-05"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
    JsonNode list = rest.getForObject(URL + "?year=2026", JsonNode.class);
    assertThat(list).anySatisfy(h -> {
      assertThat(h.get("date").asText()).isEqualTo("2026-02-17");
      assertThat(h.get("name").asText()).isEqualTo("春节");
      assertThat(h.get("workday").asBoolean()).isFalse();
    });
  }

  @Test
  void anAdminAddsChangesAndRemovesADayAndTheCalendarFollowsAtOnce() {
    LocalDate monday = LocalDate.of(YEAR, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    assertThat(calendar.isWorkingDay(monday)).isTrue();

    ResponseEntity<JsonNode> created = put(monday.toString(), Map.of("name", "元旦", "workday", false));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(calendar.isWorkingDay(monday)).isFalse();

    ResponseEntity<JsonNode> replaced = put(monday.toString(), Map.of("name", "元旦调休上班", "workday", true));
    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode list = rest.getForObject(URL + "?year=" + YEAR, JsonNode.class);
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("date").asText()).isEqualTo(monday.toString());
    assertThat(list.get(0).get("name").asText()).isEqualTo("元旦调休上班");
    assertThat(calendar.isWorkingDay(monday)).isTrue();

    ResponseEntity<Void> deleted = rest.exchange(URL + "/" + monday, HttpMethod.DELETE, null, Void.class);
    assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rest.getForObject(URL + "?year=" + YEAR, JsonNode.class)).isEmpty();

    ResponseEntity<JsonNode> again = rest.exchange(URL + "/" + monday, HttpMethod.DELETE, null, JsonNode.class);
    assertProblem(again, HttpStatus.NOT_FOUND, "holiday-not-found", "没有");
  }

  @Test
  void badInputIsRefusedWithAChineseProblemAndChangesNothing() {
    String day = YEAR + "-05-01";
    assertProblem(put(day, Map.of("name", " ", "workday", false)), HttpStatus.BAD_REQUEST, "invalid-holiday", "名称不能为空");
    assertProblem(put(day, Map.of("name", "劳动节")), HttpStatus.BAD_REQUEST, "invalid-holiday", "须注明是否为工作日");
    assertProblem(put(day, Map.of("name", "劳".repeat(51), "workday", false)), HttpStatus.BAD_REQUEST,
        "invalid-holiday", "不能超过50个字");
    assertProblem(put("2091-13-01", Map.of("name", "劳动节", "workday", false)), HttpStatus.BAD_REQUEST,
        "invalid-holiday", "日期格式");
    assertProblem(rest.exchange(URL + "/" + day, HttpMethod.PUT, json("not json"), JsonNode.class),
        HttpStatus.BAD_REQUEST, "invalid-holiday", "请求体须为 JSON");
    assertProblem(rest.getForEntity(URL + "?year=1800", JsonNode.class), HttpStatus.BAD_REQUEST,
        "invalid-holiday", "年份");
    assertProblem(rest.getForEntity(URL + "?year=abc", JsonNode.class), HttpStatus.BAD_REQUEST,
        "invalid-holiday", "参数 year");

    assertThat(rest.getForObject(URL + "?year=" + YEAR, JsonNode.class)).isEmpty();
  }

  private ResponseEntity<JsonNode> put(String date, Object body) {
    return rest.exchange(URL + "/" + date, HttpMethod.PUT, json(body), JsonNode.class);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String slug, String detailPart) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody().get("type").asText()).isEqualTo("https://gridgov.org/problems/" + slug);
    assertThat(response.getBody().get("detail").asText()).contains(detailPart);
  }
}
