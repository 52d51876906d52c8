package org.gridgov.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseCounter;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/** 重办: the case goes back to whoever handled it (the rung, or the same departments). */
@Component("reopenCase")
class ReopenCaseDelegate implements JavaDelegate {

  private final CaseReadModel readModel;

  ReopenCaseDelegate(CaseReadModel readModel) {
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    int reopenings = CaseVariables.count(execution, CaseVariables.REOPEN_COUNT) + 1;
    readModel.increment(caseNo, CaseCounter.REOPEN);
    readModel.changeStatus(caseNo, CaseStatus.REOPENED, CaseEventType.REOPENED, null, null,
        "群众不满意，第 " + reopenings + " 次重办");
    execution.setVariable(CaseVariables.REOPEN_COUNT, reopenings);
  }
}
