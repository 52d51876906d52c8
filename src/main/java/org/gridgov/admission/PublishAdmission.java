package org.gridgov.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the approved matter on the admission list and schedules its review or end. */
@Component("publishAdmission")
class PublishAdmission implements JavaDelegate {

  private final AdmissionService admissions;

  PublishAdmission(AdmissionService admissions) {
    this.admissions = admissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AdmissionVariables variables = AdmissionVariables.of(execution);
    variables.published(admissions.publish(variables.applicationId()));
  }
}
