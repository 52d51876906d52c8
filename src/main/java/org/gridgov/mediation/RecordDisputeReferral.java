package org.gridgov.mediation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks and records the referral to a legal channel as its task completes. */
@Component("recordDisputeReferral")
class RecordDisputeReferral implements TaskListener {

  private final DisputeService disputes;

  RecordDisputeReferral(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void notify(DelegateTask task) {
    DisputeVariables variables = DisputeVariables.of(task);
    disputes.refer(variables.disputeId(), variables.referralChannel(), variables.receivingBody(),
        variables.referralReason(), task.getAssignee());
    variables.referralRecorded();
  }
}
