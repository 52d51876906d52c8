package org.gridgov.emergency;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 首报 missed its deadline: the county centre is told and may file the report itself, so the
 * open 首报 task also becomes theirs.
 */
@Component("escalateOverdueFirstReport")
class EscalateOverdueFirstReport implements JavaDelegate {

  private final EmergencyService emergencies;

  EscalateOverdueFirstReport(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    emergencies.escalateOverdueFirstReport(EmergencyVariables.of(execution).incidentId());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task firstReport = tasks.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(EmergencyVariables.Elements.FIRST_REPORT)
        .singleResult();
    if (firstReport != null) {
      tasks.addCandidateGroup(firstReport.getId(), emergencies.countyCentreUnitId());
    }
  }
}
