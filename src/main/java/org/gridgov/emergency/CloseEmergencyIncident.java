package org.gridgov.emergency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 终报 filed: the incident is closed. */
@Component("closeEmergencyIncident")
class CloseEmergencyIncident implements JavaDelegate {

  private final EmergencyService emergencies;

  CloseEmergencyIncident(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    emergencies.close(EmergencyVariables.of(execution).incidentId());
  }
}
