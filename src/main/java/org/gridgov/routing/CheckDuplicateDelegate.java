package org.gridgov.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/** 重复上报核查: sets {@code duplicateOf} to the master case, or null. */
@Component("checkDuplicate")
class CheckDuplicateDelegate implements JavaDelegate {

  private final DuplicateDetector detector;
  private final CaseReadModel readModel;

  CheckDuplicateDelegate(DuplicateDetector detector, CaseReadModel readModel) {
    this.detector = detector;
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    execution.setVariable(CaseVariables.DUPLICATE_OF, detector.masterOf(readModel.get(caseNo)).orElse(null));
  }
}
