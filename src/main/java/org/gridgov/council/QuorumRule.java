package org.gridgov.council;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Asks the DMN table {@code councilQuorum} (the latest version an admin deployed) whether a meeting
 * had its quorum and passed the motion, and which rule said so.
 */
@Component
class QuorumRule {

  private final DecisionService decisions;

  QuorumRule(DecisionService decisions) {
    this.decisions = decisions;
  }

  Verdict decide(CouncilMeeting meeting) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("meetingKind", meeting.getKind().name());
    inputs.put("expectedCount", meeting.getExpectedCount());
    inputs.put("attendeeCount", meeting.getAttendeeCount());
    inputs.put("householdsTotal", meeting.getHouseholdsTotal());
    inputs.put("householdsRepresented", meeting.getHouseholdsRepresented());
    inputs.put("votesFor", meeting.getVotesFor());
    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(CouncilVariables.DECISION_QUORUM)
        .variables(inputs)
        .evaluate()
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException("决策表 councilQuorum 对会议类型 " + meeting.getKind() + " 没有适用的规则");
    }
    return new Verdict(Boolean.TRUE.equals(result.getEntry("quorumReached")),
        Boolean.TRUE.equals(result.getEntry("passed")), result.getEntry("rule"));
  }

  record Verdict(boolean quorumReached, boolean passed, String rule) {
  }
}
