package org.gridgov.mediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mediation failed and the dispute was referred: it is concluded as referred. */
@Component("concludeReferredDispute")
class ConcludeReferredDispute implements JavaDelegate {

  private final DisputeService disputes;

  ConcludeReferredDispute(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disputes.concludeReferred(DisputeVariables.of(execution).disputeId());
  }
}
