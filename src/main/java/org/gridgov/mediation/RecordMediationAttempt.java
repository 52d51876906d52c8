package org.gridgov.mediation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks and records a mediation attempt (and its agreement when it succeeded) as its task completes. */
@Component("recordMediationAttempt")
class RecordMediationAttempt implements TaskListener {

  private final DisputeService disputes;

  RecordMediationAttempt(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void notify(DelegateTask task) {
    Rung rung = DisputeVariables.Elements.TOWNSHIP_MEDIATION.equals(task.getTaskDefinitionKey())
        ? Rung.TOWNSHIP : Rung.VILLAGE;
    DisputeVariables variables = DisputeVariables.of(task);
    DisputeService.MediationResult result = disputes.recordMediation(variables.disputeId(), rung,
        variables.mediation(task.getAssignee()));
    variables.mediationRecorded(result, disputes.followUpDue());
  }
}
