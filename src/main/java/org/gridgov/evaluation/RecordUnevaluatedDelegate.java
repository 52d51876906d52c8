package org.gridgov.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.Satisfaction;
import org.springframework.stereotype.Component;

/** 登记未评价: no rating within the evaluation window counts as 未评价, never as satisfied. */
@Component("recordUnevaluated")
class RecordUnevaluatedDelegate implements JavaDelegate {

  private final CaseReadModel readModel;

  RecordUnevaluatedDelegate(CaseReadModel readModel) {
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    readModel.setSatisfaction(caseNo, Satisfaction.UNEVALUATED);
    readModel.note(caseNo, CaseEventType.UNEVALUATED, null, null, "评价期满未评价，记为未评价");
    execution.setVariable(CaseVariables.SATISFACTION, Satisfaction.UNEVALUATED.name());
  }
}
