package org.gridgov.cooperation;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseNotifications;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.springframework.stereotype.Component;

/**
 * 超期督办: a department missed its deadline. Its staff and the dispatcher are told; the task stays
 * with the department (asynchronous, the dedup key names the missed deadline).
 */
@Component("superviseOverdue")
class SuperviseOverdueDelegate implements JavaDelegate {

  private final CaseNotifications notifications;
  private final CaseReadModel readModel;

  SuperviseOverdueDelegate(CaseNotifications notifications, CaseReadModel readModel) {
    this.notifications = notifications;
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    String department = CaseVariables.string(execution, CaseVariables.DEPARTMENT_ID);
    Date due = CaseVariables.date(execution, CaseVariables.DEPARTMENT_DUE);
    String text = "超期督办：案件 " + caseNo + " 已超过办理时限 " + EngineTime.toLocal(due) + "，请立即办理并反馈。";
    String topic = "overdue:" + department + ":" + due.getTime();
    notifications.toUnit(caseNo, department, topic, "CASE_OVERDUE", text);
    notifications.toUnit(caseNo, CaseVariables.string(execution, CaseVariables.DISPATCH_GROUP_ID), topic,
        "CASE_OVERDUE", text);
    readModel.note(caseNo, CaseEventType.OVERDUE_SUPERVISED, department, null, text);
  }
}
