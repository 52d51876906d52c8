package org.gridgov.emergency;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks and records a 首报, 续报 or 终报 when its task is completed (which one follows from the
 * task); bad values roll the completion back with a Chinese message.
 */
@Component("recordEmergencyReport")
class RecordEmergencyReport implements TaskListener {

  private final EmergencyService emergencies;

  RecordEmergencyReport(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void notify(DelegateTask task) {
    ReportKind kind = switch (task.getTaskDefinitionKey()) {
      case EmergencyVariables.Elements.FIRST_REPORT -> ReportKind.FIRST;
      case EmergencyVariables.Elements.FOLLOW_UP_REPORT -> ReportKind.FOLLOW_UP;
      case EmergencyVariables.Elements.FINAL_REPORT -> ReportKind.FINAL;
      default -> throw new IllegalStateException("no emergency report is filed at " + task.getTaskDefinitionKey());
    };
    EmergencyVariables variables = EmergencyVariables.of(task);
    EmergencyReport report = emergencies.recordReport(variables.incidentId(), kind, variables.reportContent(),
        variables.casualties(), variables.underControl(), task.getAssignee());
    variables.reportRecorded(report.isUnderControl());
  }
}
