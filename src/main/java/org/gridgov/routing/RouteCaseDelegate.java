package org.gridgov.routing;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.calendar.WorkingCalendar;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.gridgov.cases.Urgency;
import org.gridgov.escalation.EscalationPolicy;
import org.springframework.stereotype.Component;

/**
 * 分类受理: DMN caseRouting gives the handling level, the lead department and the response and
 * resolution deadlines; the case is accepted (受理). An emergency is dispatched by the county
 * centre at once; any other case not handled in the grid by its township, or the centre when the
 * township is unknown.
 */
@Component("routeCase")
class RouteCaseDelegate implements JavaDelegate {

  private final CaseRouter router;
  private final WorkingCalendar calendar;
  private final EscalationPolicy policy;
  private final CaseReadModel readModel;

  RouteCaseDelegate(CaseRouter router, WorkingCalendar calendar, EscalationPolicy policy, CaseReadModel readModel) {
    this.router = router;
    this.calendar = calendar;
    this.policy = policy;
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    Urgency urgency = CaseVariables.urgency(execution);
    RoutingDecision decision = router.route(CaseVariables.string(execution, CaseVariables.CATEGORY_CODE), urgency);
    Instant now = EngineTime.now();
    Instant responseDue = calendar.due(now, decision.responseAmount(), decision.responseUnit());
    Instant resolveDue = calendar.due(now, decision.resolveAmount(), decision.resolveUnit());
    String township = CaseVariables.string(execution, CaseVariables.TOWNSHIP_ID);
    String centre = CaseVariables.string(execution, CaseVariables.CENTRE_ID);
    String dispatcher = decision.emergency() || township == null ? centre : township;

    readModel.route(caseNo, decision.handlingLevel(), decision.leadDepartmentId(), decision.emergency(),
        responseDue, resolveDue);
    readModel.changeStatus(caseNo, CaseStatus.ACCEPTED, CaseEventType.ROUTED, null, null,
        (decision.emergency() ? "应急事件，" : "") + "处置层级 " + decision.handlingLevel()
            + (decision.leadDepartmentId() == null ? "" : "，建议主办部门 " + decision.leadDepartmentId())
            + "，响应时限 " + EngineTime.toLocal(responseDue) + "，办结时限 " + EngineTime.toLocal(resolveDue));

    execution.setVariable(CaseVariables.HANDLING_LEVEL, decision.handlingLevel());
    execution.setVariable(CaseVariables.LEAD_DEPARTMENT_ID, decision.leadDepartmentId());
    execution.setVariable(CaseVariables.EMERGENCY, decision.emergency());
    execution.setVariable(CaseVariables.RESPONSE_DUE, EngineTime.date(responseDue));
    execution.setVariable(CaseVariables.RESOLVE_DUE, EngineTime.date(resolveDue));
    execution.setVariable(CaseVariables.DISPATCH_GROUP_ID, dispatcher);
    execution.setVariable(CaseVariables.DISPATCH_DUE,
        EngineTime.date(policy.deadline(EscalationPolicy.DISPATCH, urgency, now).due()));
  }
}
