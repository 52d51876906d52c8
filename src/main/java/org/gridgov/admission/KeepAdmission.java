package org.gridgov.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the matter on the list and schedules the next yearly review. */
@Component("keepAdmission")
class KeepAdmission implements JavaDelegate {

  private final AdmissionService admissions;

  KeepAdmission(AdmissionService admissions) {
    this.admissions = admissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AdmissionVariables variables = AdmissionVariables.of(execution);
    variables.kept(admissions.keep(variables.admissionCode(), variables.annualReason(), variables.annualReviewerId()));
  }
}
