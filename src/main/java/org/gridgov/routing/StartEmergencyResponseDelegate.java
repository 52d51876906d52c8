package org.gridgov.routing;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.gridgov.emergency.EmergencyResponseStarter;
import org.gridgov.emergency.EmergencyVariables;
import org.gridgov.emergency.SourceType;
import org.springframework.stereotype.Component;

/**
 * 启动应急处置: an emergency case (DMN caseRouting) starts process emergencyResponse with the case
 * number as its source reference, then goes to the county centre's dispatch, skipping the ladder.
 * Asynchronous and idempotent: a retry never starts a second emergency response for the case.
 */
@Component("startEmergencyResponse")
class StartEmergencyResponseDelegate implements JavaDelegate {

  private final EmergencyResponseStarter emergencies;
  private final RuntimeService runtime;
  private final CaseReadModel readModel;

  StartEmergencyResponseDelegate(EmergencyResponseStarter emergencies, RuntimeService runtime,
      CaseReadModel readModel) {
    this.emergencies = emergencies;
    this.runtime = runtime;
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    String township = CaseVariables.string(execution, CaseVariables.TOWNSHIP_ID);
    if (township == null) {
      readModel.note(caseNo, CaseEventType.EMERGENCY_STARTED, null, null,
          "未能定位到乡镇(街道)，未启动应急处置流程，由县社会治理中心直接派遣");
      return;
    }
    boolean started = runtime.createProcessInstanceQuery().processDefinitionKey(EmergencyVariables.PROCESS_KEY)
        .processInstanceBusinessKey(caseNo).count() > 0;
    if (!started) {
      emergencies.start(SourceType.CASE, caseNo, CaseVariables.string(execution, CaseVariables.CATEGORY_CODE),
          township, CaseVariables.string(execution, CaseVariables.GRID_ID));
    }
    readModel.note(caseNo, CaseEventType.EMERGENCY_STARTED, township, null, "已启动应急处置流程(业务编号 " + caseNo + ")");
  }
}
