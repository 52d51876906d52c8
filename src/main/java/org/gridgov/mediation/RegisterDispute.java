package org.gridgov.mediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the dispute (parties and text stay in gov_dispute); its number becomes the business key. */
@Component("registerDispute")
class RegisterDispute implements JavaDelegate {

  private final DisputeService disputes;

  RegisterDispute(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DisputeVariables variables = DisputeVariables.of(execution);
    Dispute dispute = disputes.register(variables.registration(execution.getProcessInstanceId()));
    variables.registered(dispute);
    execution.setProcessBusinessKey(dispute.getDisputeNo());
  }
}
