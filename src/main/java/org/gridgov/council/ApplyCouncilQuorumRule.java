package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyPartyQuorumRule and Task_ApplyVillageQuorumRule: the DMN table {@code councilQuorum}
 * decides quorum and majority; the counts move from variables to the meeting's record and the
 * verdict with the rule applied is shown in the next task.
 */
@Component("applyCouncilQuorumRule")
class ApplyCouncilQuorumRule implements JavaDelegate {

  private final CouncilService council;

  ApplyCouncilQuorumRule(CouncilService council) {
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CouncilVariables vars = CouncilVariables.of(execution);
    CouncilMeeting meeting = council.applyQuorumRule(vars.meetingId());
    int failures = meeting.getQuorumReached() ? 0 : vars.quorumFailures() + 1;
    vars.setVerdict(meeting.getQuorumReached(), meeting.getPassed(), failures,
        failures <= council.maxReschedules(), council.describe(meeting));
    vars.forget(CouncilVariables.MEETING_TIME, CouncilVariables.PLACE, CouncilVariables.EXPECTED_COUNT,
        CouncilVariables.HOUSEHOLDS_TOTAL, CouncilVariables.ATTENDEE_COUNT, CouncilVariables.HOUSEHOLDS_REPRESENTED,
        CouncilVariables.VOTES_FOR, CouncilVariables.VOTES_AGAINST, CouncilVariables.VOTES_ABSTAIN,
        CouncilVariables.MINUTES);
  }
}
