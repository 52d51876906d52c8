package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_RecordPartyMeeting and Task_RecordVillageMeeting: attendance and votes. */
@Component("recordCouncilMeeting")
class RecordCouncilMeeting implements TaskListener {

  private final CouncilService council;
  private final CurrentUser user;

  RecordCouncilMeeting(CouncilService council, CurrentUser user) {
    this.council = council;
    this.user = user;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    council.recordMeeting(vars.meetingId(), vars.number(CouncilVariables.ATTENDEE_COUNT),
        vars.number(CouncilVariables.HOUSEHOLDS_REPRESENTED), vars.number(CouncilVariables.VOTES_FOR),
        vars.number(CouncilVariables.VOTES_AGAINST), vars.number(CouncilVariables.VOTES_ABSTAIN),
        vars.text(CouncilVariables.MINUTES), user.id());
  }
}
