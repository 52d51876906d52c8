package org.gridgov.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.gridgov.cases.Rung;
import org.springframework.stereotype.Component;

/**
 * 设定层级时限: the case enters (or, after rework or reopening, re-enters) a rung of the ladder.
 * The rung's unit gets the work; DMN escalationPolicy gives its deadline and reminder points.
 */
@Component("enterRung")
class EnterRungDelegate implements JavaDelegate {

  private final EscalationPolicy policy;
  private final CaseReadModel readModel;

  EnterRungDelegate(EscalationPolicy policy, CaseReadModel readModel) {
    this.policy = policy;
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    Rung rung = CaseVariables.rung(execution);
    if (rung == null) {
      rung = Rung.GRID;
    }
    String unit = switch (rung) {
      case GRID -> CaseVariables.string(execution, CaseVariables.GRID_ID);
      case COMMUNITY -> CaseVariables.string(execution, CaseVariables.COMMUNITY_ID);
      case TOWNSHIP -> CaseVariables.string(execution, CaseVariables.TOWNSHIP_ID);
      case CENTRE -> CaseVariables.string(execution, CaseVariables.CENTRE_ID);
      case DEPARTMENT -> throw new IllegalStateException("the departments are not a rung of the ladder");
    };
    StepDeadline deadline = policy.deadline(rung.name(), CaseVariables.urgency(execution), EngineTime.now());
    readModel.enterRung(caseNo, rung);
    readModel.note(caseNo, CaseEventType.RUNG_ENTERED, unit, null,
        rung.label() + "办理，时限 " + EngineTime.toLocal(deadline.due()));
    execution.setVariable(CaseVariables.RUNG, rung.name());
    execution.setVariable(CaseVariables.RUNG_GROUP_ID, unit);
    execution.setVariable(CaseVariables.RUNG_DUE, EngineTime.date(deadline.due()));
    execution.setVariable(CaseVariables.RUNG_FIRST_REMINDER_AT, EngineTime.date(deadline.firstReminder()));
    execution.setVariable(CaseVariables.RUNG_SECOND_REMINDER_AT, EngineTime.date(deadline.secondReminder()));
    execution.setVariable(CaseVariables.RUNG_OUTCOME, null);
    execution.setVariable(CaseVariables.HANDLED_BY, CaseVariables.HANDLED_BY_RUNG);
  }
}
