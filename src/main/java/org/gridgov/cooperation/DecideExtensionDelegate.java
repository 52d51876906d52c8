package org.gridgov.cooperation;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseCounter;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * 登记延期审批结果: an approved extension moves this department's deadline (and the case's
 * resolution deadline, if it is later); a refused one leaves the clock running.
 */
@Component("decideExtension")
class DecideExtensionDelegate implements JavaDelegate {

  private final CaseReadModel readModel;

  DecideExtensionDelegate(CaseReadModel readModel) {
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!"APPROVED".equals(CaseVariables.string(execution, CaseVariables.EXTENSION_DECISION))) {
      return;
    }
    String caseNo = CaseVariables.caseNo(execution);
    Date until = DepartmentTaskHandler.endOf(
        LocalDate.parse(CaseVariables.string(execution, CaseVariables.REQUESTED_DATE).substring(0, 10)));
    execution.setVariable(CaseVariables.DEPARTMENT_DUE, until);
    readModel.increment(caseNo, CaseCounter.EXTENSION);
    Date caseDue = CaseVariables.date(execution, CaseVariables.RESOLVE_DUE);
    if (until.after(caseDue)) {
      execution.getProcessInstance().setVariable(CaseVariables.RESOLVE_DUE, until);
      readModel.setResolveDue(caseNo, until.toInstant());
    }
  }
}
