package org.gridgov.mediation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks and records the follow-up visit: the agreement held, or mediation reopens. */
@Component("recordFollowUpVisit")
class RecordFollowUpVisit implements TaskListener {

  private final DisputeService disputes;

  RecordFollowUpVisit(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void notify(DelegateTask task) {
    DisputeVariables variables = DisputeVariables.of(task);
    FollowUpVisit visit = disputes.recordFollowUp(variables.disputeId(), variables.agreementHolds(),
        variables.followUpNotes(), task.getAssignee());
    variables.followUpRecorded(visit.isHolds());
  }
}
