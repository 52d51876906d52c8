package org.gridgov.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A temporary admission reached its end date and leaves the list by itself. */
@Component("expireAdmission")
class ExpireAdmission implements JavaDelegate {

  private final AdmissionService admissions;

  ExpireAdmission(AdmissionService admissions) {
    this.admissions = admissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    admissions.expire(AdmissionVariables.of(execution).admissionCode());
  }
}
