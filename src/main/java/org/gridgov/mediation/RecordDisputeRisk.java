package org.gridgov.mediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Writes the risk level decided by DMN disputeRisk into the dispute record. */
@Component("recordDisputeRisk")
class RecordDisputeRisk implements ExecutionListener {

  private final DisputeService disputes;

  RecordDisputeRisk(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DisputeVariables variables = DisputeVariables.of(execution);
    disputes.recordRisk(variables.disputeId(), variables.riskLevel());
  }
}
