package org.gridgov.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.Satisfaction;
import org.springframework.stereotype.Component;

/**
 * 不予受理: on-site verification found the report not valid (the reason is on the timeline). The
 * case is closed as REJECTED and counted in the assessment as received, never as resolved.
 */
@Component("rejectCase")
class RejectCaseDelegate implements JavaDelegate {

  private final CaseReadModel readModel;
  private final CaseAssessment assessment;

  RejectCaseDelegate(CaseReadModel readModel, CaseAssessment assessment) {
    this.readModel = readModel;
    this.assessment = assessment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    readModel.markClosed(caseNo);
    readModel.changeStatus(caseNo, CaseStatus.REJECTED, CaseEventType.REJECTED,
        CaseVariables.string(execution, CaseVariables.RUNG_GROUP_ID), null, "经现场核实不属实，不予受理");
    assessment.record(caseNo, AssessmentRecord.REJECTED, null, Satisfaction.NOT_APPLICABLE);
  }
}
