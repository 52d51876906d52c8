package org.gridgov.emergency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Tells one unit of a new emergency; the service tasks run async so a retry never repeats a notice. */
abstract class NotifyAuthority implements JavaDelegate {

  private final EmergencyService emergencies;
  private final EmergencyService.Recipient recipient;

  NotifyAuthority(EmergencyService emergencies, EmergencyService.Recipient recipient) {
    this.emergencies = emergencies;
    this.recipient = recipient;
  }

  @Override
  public void execute(DelegateExecution execution) {
    emergencies.notify(EmergencyVariables.of(execution).incidentId(), recipient);
  }
}
