package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing table as an admin reads it: category × sub-category × urgency → level, lead department, deadlines. */
class CaseRoutingDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision routing;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/case-routing.dmn"))) {
      routing = engine.parseDecisions(in).stream().filter(d -> d.getKey().equals("caseRouting")).findFirst()
          .orElseThrow();
    }
  }

  private static DmnDecisionResultEntries route(String category, String parent, String urgency) {
    return engine.evaluateDecision(routing,
        Map.of("categoryCode", category, "parentCategory", parent, "urgency", urgency)).getSingleResult();
  }

  @ParameterizedTest(name = "{0} {2} → {3} {4}, respond {6} {7}, resolve {8} {9}")
  @CsvSource({
      "ENV_GARBAGE,       ENV,      NORMAL,   GRID,       dept-cgj,   false, 1, WORKING_DAYS, 7,  CALENDAR_DAYS",
      "UTIL_GAS,          UTIL,     CRITICAL, DEPARTMENT, dept-zjj,   true,  1, HOURS,        4,  HOURS",
      "UTIL_GAS,          UTIL,     NORMAL,   GRID,       dept-zjj,   false, 2, HOURS,        24, HOURS",
      "UTIL_WATER,        UTIL,     COMPLEX,  DEPARTMENT, dept-slj,   false, 2, HOURS,        24, HOURS",
      "SAFETY_FIRE,       SAFETY,   CRITICAL, DEPARTMENT, dept-yjglj, true,  1, HOURS,        4,  HOURS",
      "ENV_AD,            ENV,      CRITICAL, GRID,       dept-cgj,   false, 2, HOURS,        24, HOURS",
      "POLLUTE_NOISE,     POLLUTE,  URGENT,   DEPARTMENT, dept-sthj,  false, 4, HOURS,        3,  WORKING_DAYS",
      "MARKET_FOOD,       MARKET,   COMPLEX,  DEPARTMENT, dept-scjg,  false, 2, WORKING_DAYS, 15, WORKING_DAYS",
      "DISPUTE_NEIGHBOUR, DISPUTE,  NORMAL,   GRID,       dept-sfj,   false, 1, WORKING_DAYS, 7,  CALENDAR_DAYS",
      "DISPUTE_LAND,      DISPUTE,  NORMAL,   DEPARTMENT, dept-zrzyj, false, 1, WORKING_DAYS, 7,  CALENDAR_DAYS",
      "SOCIAL_AID,        SOCIAL,   URGENT,   GRID,       dept-mzj,   false, 4, HOURS,        3,  WORKING_DAYS",
      "TRAFFIC_PARKING,   TRAFFIC,  NORMAL,   DEPARTMENT, dept-gaj,   false, 1, WORKING_DAYS, 7,  CALENDAR_DAYS",
      "ORDER_PUBLIC,      ORDER,    NORMAL,   GRID,       dept-gaj,   false, 1, WORKING_DAYS, 7,  CALENDAR_DAYS",
  })
  void routesByCategoryAndUrgency(String category, String parent, String urgency, String level, String lead,
      boolean emergency, int responseAmount, String responseUnit, int resolveAmount, String resolveUnit) {
    DmnDecisionResultEntries result = route(category, parent, urgency);

    assertThat(result.<String>getEntry("handlingLevel")).isEqualTo(level);
    assertThat(result.<String>getEntry("leadDepartmentId")).isEqualTo(lead);
    assertThat(result.<Boolean>getEntry("emergency")).isEqualTo(emergency);
    assertThat(((Number) result.getEntry("responseAmount")).intValue()).isEqualTo(responseAmount);
    assertThat(result.<String>getEntry("responseUnit")).isEqualTo(responseUnit);
    assertThat(((Number) result.getEntry("resolveAmount")).intValue()).isEqualTo(resolveAmount);
    assertThat(result.<String>getEntry("resolveUnit")).isEqualTo(resolveUnit);
  }

  @Test
  void leavesTheLeadDepartmentToTheDispatcherForOtherMatters() {
    DmnDecisionResultEntries result = route("OTHER_GENERAL", "OTHER", "NORMAL");

    assertThat(result.<String>getEntry("leadDepartmentId")).isNull();
    assertThat(result.<String>getEntry("handlingLevel")).isEqualTo("DEPARTMENT");
  }
}
