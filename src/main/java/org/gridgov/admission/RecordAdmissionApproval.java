package org.gridgov.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks and records the approval (by someone other than the reviewer) when its task completes. */
@Component("recordAdmissionApproval")
class RecordAdmissionApproval implements TaskListener {

  private final AdmissionService admissions;

  RecordAdmissionApproval(AdmissionService admissions) {
    this.admissions = admissions;
  }

  @Override
  public void notify(DelegateTask task) {
    AdmissionVariables variables = AdmissionVariables.of(task);
    admissions.recordApproval(variables.applicationId(), variables.approvalDecision(), variables.approvalOpinion(),
        task.getAssignee());
    variables.approvalRecorded();
  }
}
