package org.gridgov.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks and records the county centre's review when its task completes; bad values roll it back. */
@Component("recordAdmissionReview")
class RecordAdmissionReview implements TaskListener {

  private final AdmissionService admissions;

  RecordAdmissionReview(AdmissionService admissions) {
    this.admissions = admissions;
  }

  @Override
  public void notify(DelegateTask task) {
    AdmissionVariables variables = AdmissionVariables.of(task);
    admissions.recordReview(variables.applicationId(), variables.reviewRecommendation(), variables.reviewOpinion(),
        task.getAssignee());
    variables.reviewRecorded();
  }
}
