package org.gridgov.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks and records the application; its number becomes the business key. */
@Component("registerAdmissionApplication")
class RegisterAdmissionApplication implements JavaDelegate {

  private final AdmissionService admissions;

  RegisterAdmissionApplication(AdmissionService admissions) {
    this.admissions = admissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AdmissionVariables variables = AdmissionVariables.of(execution);
    AdmissionApplication application = admissions.apply(variables.request(), execution.getProcessInstanceId());
    variables.applied(application);
    execution.setProcessBusinessKey(application.getApplicationNo());
  }
}
