package org.gridgov.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quorum and majority rules of {@code processes/council-quorum.dmn}, exactly at their edges. */
class CouncilQuorumDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = Files.newInputStream(Path.of("processes/council-quorum.dmn"))) {
      decision = engine.parseDecision(CouncilVariables.DECISION_QUORUM, table);
    }
  }

  @ParameterizedTest(name = "{0}: expected {1}, came {2}, households {3}/{4}, for {5} -> quorum {6}, passed {7}")
  @CsvSource(nullValues = "null", value = {
      // 党员大会: two thirds of the members attend; more than half of the members who should attend vote for
      "PARTY_MEMBERS,   45, 30, null, null, 23, true,  true",
      "PARTY_MEMBERS,   45, 30, null, null, 22, true,  false",
      "PARTY_MEMBERS,   45, 29, null, null, 29, false, false",
      "PARTY_MEMBERS,    3,  2, null, null,  2, true,  true",
      // 村民代表会议: two thirds present; more than half of those present vote for
      "REPRESENTATIVES, 30, 20, null, null, 11, true,  true",
      "REPRESENTATIVES, 30, 20, null, null, 10, true,  false",
      "REPRESENTATIVES, 30, 19, null, null, 19, false, false",
      // 村民会议: more than half of adult villagers, or representatives of two thirds of the households
      "VILLAGERS,      800, 401,  280, 100, 201, true,  true",
      "VILLAGERS,      800, 400,  280, 100, 400, false, false",
      "VILLAGERS,      800, 300,  279, 186, 151, true,  true",
      "VILLAGERS,      800, 300,  280, 186, 300, false, false",
      "VILLAGERS,      800, 300,  280, 200, 150, true,  false",
      "VILLAGERS,      800, 401,  280, 100, 200, true,  false",
  })
  void shouldDecideQuorumAndMajority(String kind, int expected, int attendees, Integer householdsTotal,
      Integer householdsRepresented, int votesFor, boolean quorum, boolean passed) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("meetingKind", kind);
    inputs.put("expectedCount", expected);
    inputs.put("attendeeCount", attendees);
    inputs.put("householdsTotal", householdsTotal);
    inputs.put("householdsRepresented", householdsRepresented);
    inputs.put("votesFor", votesFor);

    DmnDecisionResultEntries result = engine.evaluateDecision(decision, inputs).getSingleResult();

    assertThat((Boolean) result.getEntry("quorumReached")).isEqualTo(quorum);
    assertThat((Boolean) result.getEntry("passed")).isEqualTo(passed);
    assertThat((String) result.getEntry("rule")).isNotBlank();
  }
}
