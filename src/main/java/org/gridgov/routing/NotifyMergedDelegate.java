package org.gridgov.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseNotifications;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/** 告知上报人主案编号 (asynchronous, so a retry sends nothing twice). */
@Component("notifyMerged")
class NotifyMergedDelegate implements JavaDelegate {

  private final CaseNotifications notifications;

  NotifyMergedDelegate(CaseNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    String master = CaseVariables.string(execution, CaseVariables.DUPLICATE_OF);
    notifications.toReporter(caseNo, "merged", "CASE_MERGED",
        "您反映的问题(编号 " + caseNo + ")已有人反映，已并入案件 " + master + " 一并办理，可凭该编号查询进度。");
  }
}
