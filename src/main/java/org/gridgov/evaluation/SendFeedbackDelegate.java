package org.gridgov.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseNotifications;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * 反馈上报人: the answer goes to whoever reported the case through the notification outbox
 * (asynchronous; one message per round of handling, so a retry never sends twice).
 */
@Component("sendFeedback")
class SendFeedbackDelegate implements JavaDelegate {

  private final CaseNotifications notifications;
  private final CaseReadModel readModel;

  SendFeedbackDelegate(CaseNotifications notifications, CaseReadModel readModel) {
    this.notifications = notifications;
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    CaseRecord record = readModel.get(caseNo);
    String reply = record.getReply() == null ? "已处理完毕。" : record.getReply();
    String text = "您反映的问题(编号 " + caseNo + ")已办结。" + reply;
    if (text.length() > 900) {
      text = text.substring(0, 900) + "……";
    }
    if (CaseVariables.flag(execution, CaseVariables.EVALUATION_EXPECTED)) {
      text += " 请对办理结果评价：满意、基本满意或不满意。";
    }
    boolean told = notifications.toReporter(caseNo,
        "feedback:" + CaseVariables.count(execution, CaseVariables.REOPEN_COUNT), "CASE_FEEDBACK", text);
    readModel.note(caseNo, CaseEventType.FEEDBACK_SENT, null, null, told ? "已向上报人反馈办理结果" : "上报人未留联系方式，未发送反馈");
  }
}
