package org.gridgov.escalation;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseNotifications;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.gridgov.cases.Rung;
import org.springframework.stereotype.Component;

/**
 * 督办提醒 to everyone in the rung's unit, at the first and at the second reminder point
 * (asynchronous; the dedup key names the rung's deadline and the reminder, so nothing is sent twice).
 */
@Component("remindRung")
class RemindRungDelegate implements JavaDelegate {

  private final CaseNotifications notifications;
  private final CaseReadModel readModel;

  RemindRungDelegate(CaseNotifications notifications, CaseReadModel readModel) {
    this.notifications = notifications;
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    Rung rung = CaseVariables.rung(execution);
    String unit = CaseVariables.string(execution, CaseVariables.RUNG_GROUP_ID);
    Date due = CaseVariables.date(execution, CaseVariables.RUNG_DUE);
    boolean second = !EngineTime.now().isBefore(
        CaseVariables.date(execution, CaseVariables.RUNG_SECOND_REMINDER_AT).toInstant());
    String text = "督办：案件 " + caseNo + " 在" + rung.label() + "的办理时限为 " + EngineTime.toLocal(due)
        + (second ? "，即将到期，逾期将自动升级。" : "，已过半，请抓紧办理。");
    notifications.toUnit(caseNo, unit, "remind:" + rung + ":" + due.getTime() + ":" + (second ? 2 : 1),
        "CASE_REMINDER", text);
    readModel.note(caseNo, CaseEventType.REMINDER, unit, null, text);
  }
}
