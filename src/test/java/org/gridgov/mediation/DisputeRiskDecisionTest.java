package org.gridgov.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN {@code disputeRisk}: threat to life or a group dispute is high risk; money and land/wage disputes medium. */
class DisputeRiskDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = new FileInputStream("processes/dispute-risk.dmn")) {
      decision = engine.parseDecision(DisputeVariables.RISK_DECISION_KEY, dmn);
    }
  }

  @ParameterizedTest(name = "threat={0} group={1} parties={2} amount={3} type={4} -> {5}")
  @CsvSource({
      "true,  false, 2,  0,      DISPUTE_NEIGHBOUR, HIGH",
      "false, true,  2,  0,      DISPUTE_NEIGHBOUR, HIGH",
      "false, false, 5,  0,      DISPUTE_NEIGHBOUR, HIGH",
      "false, false, 4,  0,      DISPUTE_NEIGHBOUR, LOW",
      "true,  false, 2,  500000, DISPUTE_LAND,      HIGH",
      "false, false, 2,  100000, DISPUTE_FAMILY,    MEDIUM",
      "false, false, 2,  99999,  DISPUTE_FAMILY,    LOW",
      "false, false, 2,  0,      DISPUTE_LAND,      MEDIUM",
      "false, false, 3,  2000,   DISPUTE_WAGE,      MEDIUM",
      "false, false, 2,  0,      DISPUTE_FAMILY,    LOW",
  })
  void shouldGradeTheRiskOfADispute(boolean threatToLife, boolean groupDispute, int partiesCount, double amount,
      String disputeType, String expected) {
    String riskLevel = engine.evaluateDecisionTable(decision, Variables.createVariables()
            .putValue("threatToLife", threatToLife)
            .putValue("groupDispute", groupDispute)
            .putValue("partiesCount", partiesCount)
            .putValue("amountInvolved", amount)
            .putValue("disputeType", disputeType))
        .getSingleResult().getSingleEntry();
    assertThat(riskLevel).isEqualTo(expected);
  }
}
