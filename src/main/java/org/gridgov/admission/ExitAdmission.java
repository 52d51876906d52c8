package org.gridgov.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes the matter off the list (退出) with the reason given at its yearly review. */
@Component("exitAdmission")
class ExitAdmission implements JavaDelegate {

  private final AdmissionService admissions;

  ExitAdmission(AdmissionService admissions) {
    this.admissions = admissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AdmissionVariables variables = AdmissionVariables.of(execution);
    admissions.exit(variables.admissionCode(), variables.annualReason(), variables.annualReviewerId());
    variables.exited();
  }
}
