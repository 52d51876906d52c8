package org.gridgov.mediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.emergency.EmergencyResponseStarter;
import org.gridgov.emergency.EmergencyVariables;
import org.gridgov.emergency.SourceType;
import org.springframework.stereotype.Component;

/**
 * The dispute became high-risk: start {@code emergencyResponse} for it, unless one is already
 * running for this dispute (a mediator confirming "high" again must not raise a second one).
 */
@Component("startDisputeEmergency")
class StartDisputeEmergency implements JavaDelegate {

  private final DisputeService disputes;
  private final EmergencyResponseStarter emergencies;

  StartDisputeEmergency(DisputeService disputes, EmergencyResponseStarter emergencies) {
    this.disputes = disputes;
    this.emergencies = emergencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispute dispute = disputes.dispute(DisputeVariables.of(execution).disputeId());
    boolean alreadyRunning = execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(EmergencyVariables.PROCESS_KEY)
        .processInstanceBusinessKey(dispute.getDisputeNo())
        .count() > 0;
    if (!alreadyRunning) {
      emergencies.start(SourceType.DISPUTE, dispute.getDisputeNo(), dispute.getDisputeType(), dispute.getTownshipId(),
          dispute.getGridId());
      disputes.emergencyStarted(dispute.getId());
    }
  }
}
