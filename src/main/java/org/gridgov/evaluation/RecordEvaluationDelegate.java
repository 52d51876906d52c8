package org.gridgov.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseProperties;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.Satisfaction;
import org.springframework.stereotype.Component;

/**
 * 登记评价: the rating from the resident (message ResidentEvaluation) or from the follow-up call.
 * An unsatisfied rating may lead to 重办 while the case has reopenings left.
 */
@Component("recordEvaluation")
class RecordEvaluationDelegate implements JavaDelegate {

  private final CaseReadModel readModel;
  private final CaseProperties properties;

  RecordEvaluationDelegate(CaseReadModel readModel, CaseProperties properties) {
    this.readModel = readModel;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    Satisfaction satisfaction = Satisfaction.valueOf(CaseVariables.string(execution, CaseVariables.SATISFACTION));
    readModel.setSatisfaction(caseNo, satisfaction);
    if (satisfaction.isRating()) {
      readModel.changeStatus(caseNo, CaseStatus.EVALUATED, CaseEventType.EVALUATED, null, null,
          "评价：" + satisfaction.label());
    } else {
      readModel.note(caseNo, CaseEventType.UNEVALUATED, null, null, "回访未获评价，记为未评价");
    }
    execution.setVariable(CaseVariables.REOPEN_ALLOWED, satisfaction == Satisfaction.UNSATISFIED
        && CaseVariables.count(execution, CaseVariables.REOPEN_COUNT) < properties.maxReopens());
  }
}
