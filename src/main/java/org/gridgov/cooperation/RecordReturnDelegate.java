package org.gridgov.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseCounter;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseProperties;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.gridgov.escalation.EscalationPolicy;
import org.springframework.stereotype.Component;

/**
 * 登记退单: counts the bounce. Below the cap the dispatcher dispatches again; at the cap the
 * county centre rules. The resolution deadline keeps running either way.
 */
@Component("recordReturn")
class RecordReturnDelegate implements JavaDelegate {

  private final CaseReadModel readModel;
  private final CaseProperties properties;
  private final EscalationPolicy policy;

  RecordReturnDelegate(CaseReadModel readModel, CaseProperties properties, EscalationPolicy policy) {
    this.readModel = readModel;
    this.properties = properties;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    int bounces = CaseVariables.count(execution, CaseVariables.BOUNCE_COUNT) + 1;
    boolean capReached = bounces >= properties.maxReturns();
    readModel.increment(caseNo, CaseCounter.BOUNCE);
    readModel.changeStatus(caseNo, CaseStatus.ACCEPTED, CaseEventType.RETURNED, null, null,
        "第 " + bounces + " 次退单，" + (capReached ? "已达上限，由县社会治理中心裁定" : "退回重新派遣"));
    execution.setVariable(CaseVariables.BOUNCE_COUNT, bounces);
    execution.setVariable(CaseVariables.BOUNCE_CAP_REACHED, capReached);
    if (!capReached) {
      policy.handToDispatcher(execution, CaseVariables.string(execution, CaseVariables.DISPATCH_GROUP_ID));
    }
  }
}
