package org.gridgov.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * 部门办理 starts with an empty form: when a department's task comes back (an extension decided, a
 * shelved case resumed), its previous choice and date must not stand pre-selected in the form.
 */
@Component("clearDepartmentAnswer")
class ClearDepartmentAnswer implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(CaseVariables.DEPARTMENT_OUTCOME, null);
    execution.setVariable(CaseVariables.REQUESTED_DATE, null);
  }
}
