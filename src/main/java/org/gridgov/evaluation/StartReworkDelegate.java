package org.gridgov.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseCounter;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/** 返工: the on-site check did not accept the result; whoever handled it handles it again. */
@Component("startRework")
class StartReworkDelegate implements JavaDelegate {

  private final CaseReadModel readModel;

  StartReworkDelegate(CaseReadModel readModel) {
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    readModel.increment(caseNo, CaseCounter.REWORK);
    readModel.changeStatus(caseNo, CaseStatus.HANDLING, CaseEventType.REWORK, null, null, "核查未通过，返工");
    execution.setVariable(CaseVariables.REWORK_COUNT, CaseVariables.count(execution, CaseVariables.REWORK_COUNT) + 1);
  }
}
