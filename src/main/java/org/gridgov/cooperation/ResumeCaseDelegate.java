package org.gridgov.cooperation;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.gridgov.routing.CaseRouter;
import org.springframework.stereotype.Component;

/**
 * 挂账到期恢复办理: on the planned date the same departments take the case up again, with the
 * case's resolution period counted afresh from today.
 */
@Component("resumeCase")
class ResumeCaseDelegate implements JavaDelegate {

  private final CaseReadModel readModel;
  private final CaseRouter router;

  ResumeCaseDelegate(CaseReadModel readModel, CaseRouter router) {
    this.readModel = readModel;
    this.router = router;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    Instant due = router.resolveDueFrom(CaseVariables.string(execution, CaseVariables.CATEGORY_CODE),
        CaseVariables.urgency(execution), EngineTime.now());
    readModel.setResolveDue(caseNo, due);
    readModel.setShelvedUntil(caseNo, null);
    readModel.changeStatus(caseNo, CaseStatus.HANDLING, CaseEventType.UNSHELVED, null, null,
        "挂账到期，恢复办理，新办结时限 " + EngineTime.toLocal(due));
    execution.setVariable(CaseVariables.RESOLVE_DUE, EngineTime.date(due));
    execution.setVariable(CaseVariables.SHELVED_UNTIL, null);
  }
}
