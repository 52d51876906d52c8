package org.gridgov.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseNotifications;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/** 告知不予受理 (asynchronous, so a retry sends nothing twice). */
@Component("notifyRejection")
class NotifyRejectionDelegate implements JavaDelegate {

  private final CaseNotifications notifications;

  NotifyRejectionDelegate(CaseNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    notifications.toReporter(caseNo, "rejected", "CASE_REJECTED",
        "您反映的问题(编号 " + caseNo + ")经网格员现场核实与实际情况不符，不予受理。如有异议请重新反映并补充情况。");
  }
}
