package org.gridgov.cooperation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * 登记派遣: the lead department first, then the co-handling departments, become the list the
 * co-handling runs over; the case is DISPATCHED. The resolution deadline is not reset: after a
 * return (退单) the clock keeps running.
 */
@Component("recordDispatch")
class RecordDispatchDelegate implements JavaDelegate {

  private final CaseReadModel readModel;

  RecordDispatchDelegate(CaseReadModel readModel) {
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    String lead = CaseVariables.string(execution, CaseVariables.LEAD_DEPARTMENT_ID);
    List<String> departments = new ArrayList<>();
    departments.add(lead);
    departments.addAll(CaseVariables.coDepartmentIds(execution));
    readModel.setLeadDepartment(caseNo, lead);
    readModel.changeStatus(caseNo, CaseStatus.DISPATCHED, CaseEventType.DISPATCHED, lead, null,
        "已派遣 " + String.join("、", departments));
    execution.setVariable(CaseVariables.HANDLING_DEPARTMENT_IDS, departments);
    execution.setVariable(CaseVariables.HANDLED_BY, CaseVariables.HANDLED_BY_DEPARTMENTS);
  }
}
