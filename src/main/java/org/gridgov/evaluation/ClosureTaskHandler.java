package org.gridgov.evaluation;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseTaskHandler;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.TaskInput;
import org.springframework.stereotype.Component;

/**
 * The closing tasks: 核查 of the result on site (accepted, or rework with a reason), the 回访 call
 * (the reporter's rating, or 未评价 when they would not rate) and the dispatcher's 重办审查 of an
 * unsatisfied rating (handle again, or close with an explanation).
 */
@Component
class ClosureTaskHandler implements CaseTaskHandler {

  static final String CHECK_NOTE = "checkNote";
  static final String FOLLOW_UP_NOTE = "followUpNote";
  static final String REVIEW_NOTE = "reviewNote";

  private final CaseReadModel readModel;

  ClosureTaskHandler(CaseReadModel readModel) {
    this.readModel = readModel;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(CaseVariables.Elements.TASK_VERIFY_RESULT, CaseVariables.Elements.TASK_FOLLOW_UP_CALL,
        CaseVariables.Elements.TASK_REVIEW_REOPEN);
  }

  @Override
  public void onComplete(DelegateTask task, String caseNo) {
    TaskInput input = new TaskInput(task);
    String unit = task.getCandidates().stream().map(l -> l.getGroupId()).filter(g -> g != null).findFirst()
        .orElse(null);
    switch (task.getTaskDefinitionKey()) {
      case CaseVariables.Elements.TASK_VERIFY_RESULT -> {
        String check = input.choice(CaseVariables.RESULT_CHECK, "核查结论", "ACCEPTED", "REWORK");
        String note = "REWORK".equals(check) ? input.text(CHECK_NOTE, "返工理由", 2, 1000)
            : input.optionalText(CHECK_NOTE, "核查情况", 1000);
        input.forget(CHECK_NOTE);
        readModel.note(caseNo, CaseEventType.RESULT_CHECKED, unit, task.getAssignee(),
            ("ACCEPTED".equals(check) ? "现场核查通过" : "现场核查未通过，返工") + (note == null ? "" : "：" + note));
      }
      case CaseVariables.Elements.TASK_FOLLOW_UP_CALL -> {
        String rating = input.choice(CaseVariables.SATISFACTION, "回访结果",
            "SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED", "UNEVALUATED");
        String note = "UNSATISFIED".equals(rating) ? input.text(FOLLOW_UP_NOTE, "不满意的原因", 2, 500)
            : input.optionalText(FOLLOW_UP_NOTE, "回访记录", 500);
        input.forget(FOLLOW_UP_NOTE);
        readModel.note(caseNo, CaseEventType.TASK_COMPLETED, unit, task.getAssignee(),
            "电话回访" + (note == null ? "" : "：" + note));
        if (note != null) {
          readModel.setEvaluationComment(caseNo, note);
        }
      }
      default -> {
        String decision = input.choice(CaseVariables.REOPEN_DECISION, "审查结论", "REOPEN", "CLOSE");
        String note = input.text(REVIEW_NOTE, "REOPEN".equals(decision) ? "重办要求" : "向群众的解释说明", 2, 1000);
        input.forget(REVIEW_NOTE);
        readModel.note(caseNo, CaseEventType.TASK_COMPLETED, unit, task.getAssignee(),
            ("REOPEN".equals(decision) ? "重办：" : "解释说明后办结：") + note);
      }
    }
  }
}
