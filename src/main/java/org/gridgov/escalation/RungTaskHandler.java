package org.gridgov.escalation;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseTaskHandler;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.InvalidTaskInputException;
import org.gridgov.cases.Rung;
import org.gridgov.cases.TaskInput;
import org.springframework.stereotype.Component;

/**
 * The rung tasks of the ladder: 现场核实 (not valid / handle on site / report upwards), 就地处置
 * (resolved / report upwards) and 层级办理 at community, township and county centre (resolved /
 * report upwards / dispatch to departments, the last only where there is a dispatcher).
 */
@Component
class RungTaskHandler implements CaseTaskHandler {

  static final String NOTE = "rungNote";

  private final CaseReadModel readModel;
  private final EscalationPolicy policy;

  RungTaskHandler(CaseReadModel readModel, EscalationPolicy policy) {
    this.readModel = readModel;
    this.policy = policy;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(CaseVariables.Elements.TASK_VERIFY_ON_SITE, CaseVariables.Elements.TASK_HANDLE_ON_SITE,
        CaseVariables.Elements.TASK_RESOLVE_AT_RUNG);
  }

  @Override
  public void onComplete(DelegateTask task, String caseNo) {
    TaskInput input = new TaskInput(task);
    Rung rung = CaseVariables.rung(task);
    String unit = CaseVariables.string(task, CaseVariables.RUNG_GROUP_ID);
    String outcome = switch (task.getTaskDefinitionKey()) {
      case CaseVariables.Elements.TASK_VERIFY_ON_SITE -> input.choice(CaseVariables.RUNG_OUTCOME, "核实结果",
          "INVALID", "HANDLE", "ESCALATE");
      case CaseVariables.Elements.TASK_HANDLE_ON_SITE -> input.choice(CaseVariables.RUNG_OUTCOME, "处置结果",
          "RESOLVED", "ESCALATE");
      default -> input.choice(CaseVariables.RUNG_OUTCOME, "办理结果", "RESOLVED", "ESCALATE", "DISPATCH");
    };
    if ("DISPATCH".equals(outcome) && rung != Rung.TOWNSHIP && rung != Rung.CENTRE) {
      throw new InvalidTaskInputException("只有乡镇(街道)和县社会治理中心可以派遣职能部门，请办结或上报");
    }
    if ("ESCALATE".equals(outcome) && rung == Rung.CENTRE) {
      throw new InvalidTaskInputException("县社会治理中心是最高层级，请办结或派遣职能部门");
    }
    String note = "HANDLE".equals(outcome)
        ? input.optionalText(NOTE, "核实情况", 1000)
        : input.text(NOTE, switch (outcome) {
          case "INVALID" -> "不属实的理由";
          case "ESCALATE" -> "上报理由";
          case "DISPATCH" -> "派遣说明";
          default -> "办理结果";
        }, 2, 1000);
    input.forget(NOTE);
    String label = switch (outcome) {
      case "INVALID" -> "核实不属实";
      case "HANDLE" -> "核实属实，就地处置";
      case "ESCALATE" -> "上报上级";
      case "DISPATCH" -> "派遣职能部门";
      default -> rung.label() + "办结";
    };
    String detail = task.getName() + "：" + label + (note == null ? "" : "。" + note);
    if ("HANDLE".equals(outcome)) {
      task.setVariable(CaseVariables.ON_SITE_VERIFIED, true);
      readModel.changeStatus(caseNo, CaseStatus.HANDLING, CaseEventType.TASK_COMPLETED, unit, task.getAssignee(),
          detail);
    } else {
      readModel.note(caseNo, CaseEventType.TASK_COMPLETED, unit, task.getAssignee(), detail);
    }
    if ("DISPATCH".equals(outcome)) {
      policy.handToDispatcher(task.getExecution(), unit);
    }
  }
}
