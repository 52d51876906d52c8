package org.gridgov.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.Rung;
import org.springframework.stereotype.Component;

/**
 * 升级: by hand (the rung chose to report upwards, its reason is on the timeline) or because the
 * rung's deadline passed. The case moves one rung up; past the county centre the departments
 * take it, dispatched by the centre. {@code escalated} becomes true and stays true.
 */
@Component("escalateCase")
class EscalateCaseDelegate implements JavaDelegate {

  static final String OUTCOME_ESCALATE = "ESCALATE";

  private final CaseReadModel readModel;
  private final EscalationPolicy policy;

  EscalateCaseDelegate(CaseReadModel readModel, EscalationPolicy policy) {
    this.readModel = readModel;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    Rung from = CaseVariables.rung(execution);
    Rung to = from.next();
    boolean byHand = OUTCOME_ESCALATE.equals(CaseVariables.string(execution, CaseVariables.RUNG_OUTCOME));
    readModel.markEscalated(caseNo);
    readModel.note(caseNo, CaseEventType.ESCALATED, CaseVariables.string(execution, CaseVariables.RUNG_GROUP_ID),
        null, (byHand ? "人工上报" : "超过" + from.label() + "办理时限，自动升级") + "：" + from.label() + " → " + to.label());
    execution.setVariable(CaseVariables.ESCALATED, true);
    execution.setVariable(CaseVariables.RUNG, to.name());
    if (to == Rung.DEPARTMENT) {
      policy.handToDispatcher(execution, CaseVariables.string(execution, CaseVariables.CENTRE_ID));
    }
  }
}
