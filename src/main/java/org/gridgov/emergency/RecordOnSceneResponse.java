package org.gridgov.emergency;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks and records the on-scene response when its task is completed; bad values roll the completion back. */
@Component("recordOnSceneResponse")
class RecordOnSceneResponse implements TaskListener {

  private final EmergencyService emergencies;

  RecordOnSceneResponse(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void notify(DelegateTask task) {
    EmergencyVariables variables = EmergencyVariables.of(task);
    emergencies.recordOnSceneResponse(variables.incidentId(), variables.responseMeasures(),
        variables.responderCount(), task.getAssignee());
    variables.onSceneRecorded();
  }
}
