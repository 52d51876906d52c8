package org.gridgov.cooperation;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseTaskHandler;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.TaskInput;
import org.springframework.stereotype.Component;

/**
 * The decisions around co-handling: the dispatcher's 延期审批, the county centre's 挂账审批 and the
 * lead department's consolidated reply (汇总答复), which goes to the case record for the reporter.
 */
@Component
class ReviewTaskHandler implements CaseTaskHandler {

  static final String NOTE = "reviewNote";
  static final String REPLY = "reply";

  private final CaseReadModel readModel;

  ReviewTaskHandler(CaseReadModel readModel) {
    this.readModel = readModel;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(CaseVariables.Elements.TASK_REVIEW_EXTENSION, CaseVariables.Elements.TASK_APPROVE_SHELVING,
        CaseVariables.Elements.TASK_CONSOLIDATE_REPLY);
  }

  @Override
  public void onComplete(DelegateTask task, String caseNo) {
    TaskInput input = new TaskInput(task);
    switch (task.getTaskDefinitionKey()) {
      case CaseVariables.Elements.TASK_REVIEW_EXTENSION -> {
        String decision = input.choice(CaseVariables.EXTENSION_DECISION, "是否同意延期", "APPROVED", "REFUSED");
        String note = "REFUSED".equals(decision) ? input.text(NOTE, "不同意的理由", 2, 500)
            : input.optionalText(NOTE, "审批意见", 500);
        input.forget(NOTE);
        readModel.note(caseNo, CaseEventType.EXTENSION_DECIDED, CaseVariables.string(task, CaseVariables.DEPARTMENT_ID),
            task.getAssignee(), ("APPROVED".equals(decision) ? "同意延期" : "不同意延期") + (note == null ? "" : "：" + note));
      }
      case CaseVariables.Elements.TASK_APPROVE_SHELVING -> {
        String decision = input.choice(CaseVariables.SHELVING_DECISION, "是否同意挂账", "APPROVED", "REFUSED");
        String note = input.text(NOTE, "审批意见", 2, 500);
        input.forget(NOTE);
        if ("APPROVED".equals(decision)) {
          LocalDate until = input.date(CaseVariables.REQUESTED_DATE, "计划办理日期");
          task.getExecution().getProcessInstance()
              .setVariable(CaseVariables.SHELVED_UNTIL, DepartmentTaskHandler.morningOf(until));
        }
        readModel.note(caseNo, CaseEventType.SHELVE_REQUESTED, CaseVariables.string(task, CaseVariables.CENTRE_ID),
            task.getAssignee(), ("APPROVED".equals(decision) ? "县社会治理中心同意挂账：" : "县社会治理中心不同意挂账：") + note);
      }
      default -> {
        String reply = input.text(REPLY, "答复意见", 10, 2000);
        input.forget(REPLY);
        readModel.setReply(caseNo, reply);
        readModel.note(caseNo, CaseEventType.REPLY_CONSOLIDATED,
            CaseVariables.string(task, CaseVariables.LEAD_DEPARTMENT_ID), task.getAssignee(), reply);
      }
    }
  }
}
