package org.gridgov.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/** 并入在办主案: the report becomes MERGED and both timelines point at each other. */
@Component("mergeCase")
class MergeCaseDelegate implements JavaDelegate {

  private final CaseReadModel readModel;

  MergeCaseDelegate(CaseReadModel readModel) {
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String master = CaseVariables.string(execution, CaseVariables.DUPLICATE_OF);
    readModel.mergeInto(CaseVariables.caseNo(execution), master, "与在办案件 " + master + " 重复，已并入该案办理");
  }
}
