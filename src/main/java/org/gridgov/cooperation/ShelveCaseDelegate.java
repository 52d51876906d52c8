package org.gridgov.cooperation;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseCounter;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.springframework.stereotype.Component;

/** 挂账登记: the case is SHELVED until the approved date; it counts separately, never as resolved. */
@Component("shelveCase")
class ShelveCaseDelegate implements JavaDelegate {

  private final CaseReadModel readModel;

  ShelveCaseDelegate(CaseReadModel readModel) {
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    Date until = CaseVariables.date(execution, CaseVariables.SHELVED_UNTIL);
    readModel.increment(caseNo, CaseCounter.SHELVE);
    readModel.setShelvedUntil(caseNo, until.toInstant());
    readModel.changeStatus(caseNo, CaseStatus.SHELVED, CaseEventType.SHELVED, null, null,
        "挂账至 " + EngineTime.toLocal(until) + "，届时自动恢复办理");
  }
}
