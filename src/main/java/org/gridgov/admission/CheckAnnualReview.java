package org.gridgov.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks a yearly review decision (keep or exit, with a reason) before its task completes. */
@Component("checkAnnualReview")
class CheckAnnualReview implements TaskListener {

  private final AdmissionService admissions;

  CheckAnnualReview(AdmissionService admissions) {
    this.admissions = admissions;
  }

  @Override
  public void notify(DelegateTask task) {
    AdmissionVariables variables = AdmissionVariables.of(task);
    admissions.checkAnnualReview(variables.annualDecision(), variables.annualReason());
    variables.annualReviewChecked(task.getAssignee());
  }
}
