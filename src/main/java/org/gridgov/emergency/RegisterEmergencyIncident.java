package org.gridgov.emergency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the incident, fixes its 首报 deadline and, for a direct report, its number as business key. */
@Component("registerEmergencyIncident")
class RegisterEmergencyIncident implements JavaDelegate {

  private final EmergencyService emergencies;

  RegisterEmergencyIncident(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EmergencyVariables variables = EmergencyVariables.of(execution);
    EmergencyIncident incident = emergencies.register(new EmergencyService.Registration(
        variables.sourceType(), variables.sourceRef(), variables.categoryCode(), variables.townshipId(),
        variables.gridId(), variables.incidentSummary(), execution.getProcessInstanceId()));
    variables.registered(incident);
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(incident.getSourceRef());
    }
  }
}
