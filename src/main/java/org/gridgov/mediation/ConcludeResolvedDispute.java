package org.gridgov.mediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The agreement held: the dispute is resolved at the rung where it was made. */
@Component("concludeResolvedDispute")
class ConcludeResolvedDispute implements JavaDelegate {

  private final DisputeService disputes;

  ConcludeResolvedDispute(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disputes.concludeResolved(DisputeVariables.of(execution).disputeId());
  }
}
