package org.gridgov.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.calendar.DeadlineUnit;
import org.gridgov.calendar.WorkingCalendar;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseProperties;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseSource;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.gridgov.cases.Rung;
import org.springframework.stereotype.Component;

/**
 * 结案: the verified result closes the case. A resident who reported it gets the configured time
 * to rate it; a patrol finding has nobody to rate it.
 */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

  private final CaseReadModel readModel;
  private final WorkingCalendar calendar;
  private final CaseProperties properties;

  CloseCaseDelegate(CaseReadModel readModel, WorkingCalendar calendar, CaseProperties properties) {
    this.readModel = readModel;
    this.calendar = calendar;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    Rung resolvedBy = CaseVariables.HANDLED_BY_DEPARTMENTS.equals(CaseVariables.string(execution, CaseVariables.HANDLED_BY))
        ? Rung.DEPARTMENT : CaseVariables.rung(execution);
    readModel.markResolved(caseNo);
    readModel.markClosed(caseNo);
    readModel.changeStatus(caseNo, CaseStatus.CLOSED, CaseEventType.CLOSED, null, null, resolvedBy.label() + "办结");
    execution.setVariable(CaseVariables.RESOLVED_RUNG, resolvedBy.name());
    execution.setVariable(CaseVariables.EVALUATION_EXPECTED,
        CaseSource.RESIDENT.name().equals(CaseVariables.string(execution, CaseVariables.SOURCE)));
    execution.setVariable(CaseVariables.EVALUATION_DUE, EngineTime.date(
        calendar.due(EngineTime.now(), properties.evaluationWindowDays(), DeadlineUnit.CALENDAR_DAYS)));
    execution.setVariable(CaseVariables.SATISFACTION, null);
  }
}
