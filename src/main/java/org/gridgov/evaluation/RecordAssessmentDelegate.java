package org.gridgov.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.Rung;
import org.gridgov.cases.Satisfaction;
import org.springframework.stereotype.Component;

/** 写入考核记录 of a closed case. */
@Component("recordAssessment")
class RecordAssessmentDelegate implements JavaDelegate {

  private final CaseAssessment assessment;

  RecordAssessmentDelegate(CaseAssessment assessment) {
    this.assessment = assessment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String satisfaction = CaseVariables.string(execution, CaseVariables.SATISFACTION);
    assessment.record(CaseVariables.caseNo(execution), AssessmentRecord.RESOLVED,
        Rung.valueOf(CaseVariables.string(execution, CaseVariables.RESOLVED_RUNG)),
        satisfaction == null ? Satisfaction.NOT_APPLICABLE : Satisfaction.valueOf(satisfaction));
  }
}
