package org.gridgov.cooperation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseProperties;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseTaskHandler;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.gridgov.cases.InvalidTaskInputException;
import org.gridgov.cases.TaskInput;
import org.springframework.stereotype.Component;

/**
 * 部门办理: a department submits its result, returns a wrong dispatch (退单, unless the county
 * centre has ruled), asks for an extension (延期, only before its deadline) or, as lead department,
 * asks to shelve the case (挂账) until a planned date. The reasons go to the timeline.
 */
@Component
class DepartmentTaskHandler implements CaseTaskHandler {

  static final String NOTE = "departmentNote";

  private final CaseReadModel readModel;
  private final CaseProperties properties;

  DepartmentTaskHandler(CaseReadModel readModel, CaseProperties properties) {
    this.readModel = readModel;
    this.properties = properties;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(CaseVariables.Elements.TASK_HANDLE_BY_DEPARTMENT);
  }

  @Override
  public void onComplete(DelegateTask task, String caseNo) {
    TaskInput input = new TaskInput(task);
    String department = CaseVariables.string(task, CaseVariables.DEPARTMENT_ID);
    String outcome = input.choice(CaseVariables.DEPARTMENT_OUTCOME, "办理结果", "RESULT", "RETURN", "EXTEND", "SHELVE");
    Date due = CaseVariables.date(task, CaseVariables.DEPARTMENT_DUE);
    String detail;
    CaseEventType type;
    switch (outcome) {
      case "RETURN" -> {
        if (!CaseVariables.flag(task, CaseVariables.RETURN_ALLOWED)) {
          throw new InvalidTaskInputException("本案已由县社会治理中心裁定，不能再退单");
        }
        type = CaseEventType.RETURNED;
        detail = "退单：" + input.text(NOTE, "退单理由", 2, 1000);
      }
      case "EXTEND" -> {
        if (!EngineTime.now().isBefore(due.toInstant())) {
          throw new InvalidTaskInputException("已超过办理时限，不能再申请延期");
        }
        LocalDate until = input.date(CaseVariables.REQUESTED_DATE, "延期至日期");
        LocalDate dueDay = EngineTime.toLocal(due).toLocalDate();
        if (!until.isAfter(dueDay) || until.isAfter(dueDay.plusDays(properties.maxExtensionDays()))) {
          throw new InvalidTaskInputException("延期至日期须在原时限 " + dueDay + " 之后，且最多延长 "
              + properties.maxExtensionDays() + " 天");
        }
        type = CaseEventType.EXTENSION_REQUESTED;
        detail = "申请延期至 " + until + "：" + input.text(NOTE, "延期理由", 2, 1000);
      }
      case "SHELVE" -> {
        if (!department.equals(CaseVariables.string(task, CaseVariables.LEAD_DEPARTMENT_ID))) {
          throw new InvalidTaskInputException("只有主办部门可以申请挂账");
        }
        LocalDate until = input.date(CaseVariables.REQUESTED_DATE, "计划办理日期");
        LocalDate today = EngineTime.nowLocal().toLocalDate();
        if (!until.isAfter(today) || until.isAfter(today.plusDays(properties.maxShelvingDays()))) {
          throw new InvalidTaskInputException("计划办理日期须在今天之后，且不超过 " + properties.maxShelvingDays() + " 天");
        }
        type = CaseEventType.SHELVE_REQUESTED;
        detail = "申请挂账至 " + until + "：" + input.text(NOTE, "挂账理由(如需列入预算、规划或待季节条件)", 2, 1000);
      }
      default -> {
        type = CaseEventType.DEPARTMENT_RESULT;
        detail = "办理结果：" + input.text(NOTE, "办理结果", 2, 1000);
      }
    }
    input.forget(NOTE);
    CaseRecord record = readModel.get(caseNo);
    if (!"RETURN".equals(outcome) && record.getStatus() == CaseStatus.DISPATCHED) {
      readModel.changeStatus(caseNo, CaseStatus.HANDLING, type, department, task.getAssignee(), detail);
    } else {
      readModel.note(caseNo, type, department, task.getAssignee(), detail);
    }
  }

  /** The moment a requested day stands for: the end of that day. */
  static Date endOf(LocalDate day) {
    return Date.from(EngineTime.toInstant(day.atTime(LocalTime.of(23, 59, 59))));
  }

  /** The moment a shelved case comes back: the start of the working morning of the planned day. */
  static Date morningOf(LocalDate day) {
    return Date.from(EngineTime.toInstant(day.atTime(LocalTime.of(8, 0))));
  }
}
