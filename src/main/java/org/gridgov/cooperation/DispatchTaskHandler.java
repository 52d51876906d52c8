package org.gridgov.cooperation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseTaskHandler;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.InvalidTaskInputException;
import org.gridgov.cases.TaskInput;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Unit;
import org.gridgov.organisation.UnitType;
import org.springframework.stereotype.Component;

/**
 * 派遣 by the dispatcher and 退单裁定 by the county centre: one lead department (主办) and any
 * number of other co-handling departments (协办). A ruling is final: the departments can no
 * longer return the case.
 */
@Component
class DispatchTaskHandler implements CaseTaskHandler {

  static final String NOTE = "dispatchNote";
  static final int MAX_CO_DEPARTMENTS = 8;

  private final CaseReadModel readModel;
  private final OrganisationService organisation;

  DispatchTaskHandler(CaseReadModel readModel, OrganisationService organisation) {
    this.readModel = readModel;
    this.organisation = organisation;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(CaseVariables.Elements.TASK_DISPATCH, CaseVariables.Elements.TASK_RULE_ON_RETURN);
  }

  @Override
  public void onComplete(DelegateTask task, String caseNo) {
    TaskInput input = new TaskInput(task);
    String lead = CaseVariables.string(task, CaseVariables.LEAD_DEPARTMENT_ID);
    Unit leadUnit = department(lead, "主办部门");
    List<String> co = CaseVariables.coDepartmentIds(task);
    Set<String> distinct = new LinkedHashSet<>(co);
    if (distinct.size() != co.size() || distinct.contains(lead)) {
      throw new InvalidTaskInputException("协办部门不能重复，也不能与主办部门相同");
    }
    if (co.size() > MAX_CO_DEPARTMENTS) {
      throw new InvalidTaskInputException("协办部门最多 " + MAX_CO_DEPARTMENTS + " 个");
    }
    StringBuilder names = new StringBuilder("主办 ").append(leadUnit.getName());
    for (String id : co) {
      names.append("，协办 ").append(department(id, "协办部门").getName());
    }
    boolean ruling = CaseVariables.Elements.TASK_RULE_ON_RETURN.equals(task.getTaskDefinitionKey());
    String note = ruling ? input.text(NOTE, "裁定理由", 2, 1000) : input.optionalText(NOTE, "派遣说明", 1000);
    input.forget(NOTE);
    CaseVariables.setCoDepartmentIds(task.getExecution(), co);
    if (ruling) {
      task.setVariable(CaseVariables.RETURN_ALLOWED, false);
    }
    readModel.note(caseNo, ruling ? CaseEventType.RETURN_RULED : CaseEventType.DISPATCHED,
        CaseVariables.string(task, ruling ? CaseVariables.CENTRE_ID : CaseVariables.DISPATCH_GROUP_ID),
        task.getAssignee(), (ruling ? "县社会治理中心裁定(不得再退单)：" : "派遣：") + names
            + (note == null ? "" : "。" + note));
  }

  private Unit department(String id, String label) {
    if (id == null || id.isBlank()) {
      throw new InvalidTaskInputException("请选择" + label);
    }
    return organisation.unit(id).filter(u -> u.getUnitType() == UnitType.DEPARTMENT && u.isActive())
        .orElseThrow(() -> new InvalidTaskInputException(label + "不是有效的职能部门: " + id));
  }
}
