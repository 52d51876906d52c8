package org.gridgov.escalation;

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

/** Deadlines and reminder points of each rung of the ladder (and of the dispatcher) by urgency. */
class EscalationPolicyDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision policy;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/escalation-policy.dmn"))) {
      policy = engine.parseDecision("escalationPolicy", in);
    }
  }

  @ParameterizedTest(name = "{0} {1} → {2} {3}")
  @CsvSource({
      "GRID,      CRITICAL, 2,  HOURS",
      "GRID,      NORMAL,   1,  WORKING_DAYS",
      "COMMUNITY, URGENT,   1,  WORKING_DAYS",
      "TOWNSHIP,  COMPLEX,  5,  WORKING_DAYS",
      "CENTRE,    CRITICAL, 12, HOURS",
      "DISPATCH,  URGENT,   4,  HOURS",
  })
  void givesEachRungItsDeadline(String rung, String urgency, int amount, String unit) {
    DmnDecisionResultEntries result = engine.evaluateDecision(policy, Map.of("rung", rung, "urgency", urgency))
        .getSingleResult();

    assertThat(((Number) result.getEntry("deadlineAmount")).intValue()).isEqualTo(amount);
    assertThat(result.<String>getEntry("deadlineUnit")).isEqualTo(unit);
    assertThat(((Number) result.getEntry("firstReminderPercent")).intValue()).isEqualTo(50);
    assertThat(((Number) result.getEntry("secondReminderPercent")).intValue()).isEqualTo(80);
  }

  @Test
  void coversEveryRungAndUrgency() {
    for (String rung : new String[] {"GRID", "COMMUNITY", "TOWNSHIP", "CENTRE", "DISPATCH"}) {
      for (String urgency : new String[] {"CRITICAL", "URGENT", "NORMAL", "COMPLEX"}) {
        assertThat(engine.evaluateDecision(policy, Map.of("rung", rung, "urgency", urgency)).size())
            .as(rung + "/" + urgency).isEqualTo(1);
      }
    }
  }

  @Test
  void hasNoRowForAnUnknownRung() {
    assertThat(engine.evaluateDecision(policy, Map.of("rung", "PROVINCE", "urgency", "NORMAL")).isEmpty())
        .isTrue();
  }
}
