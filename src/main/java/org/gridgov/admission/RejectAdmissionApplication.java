package org.gridgov.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes an application that was not admitted. */
@Component("rejectAdmissionApplication")
class RejectAdmissionApplication implements JavaDelegate {

  private final AdmissionService admissions;

  RejectAdmissionApplication(AdmissionService admissions) {
    this.admissions = admissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AdmissionVariables variables = AdmissionVariables.of(execution);
    admissions.reject(variables.applicationId());
    variables.decided();
  }
}
