package org.gridgov.emergency;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts {@code emergencyResponse} by its contract: business key = the source reference. */
@Component
public class EmergencyResponseStarter {

  private final RuntimeService runtime;

  EmergencyResponseStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public ProcessInstance start(SourceType sourceType, String sourceRef, String categoryCode, String townshipId,
      String gridId) {
    Map<String, Object> variables = Variables.createVariables()
        .putValue(EmergencyVariables.SOURCE_TYPE, sourceType.name())
        .putValue(EmergencyVariables.SOURCE_REF, sourceRef)
        .putValue(EmergencyVariables.CATEGORY_CODE, categoryCode)
        .putValue(EmergencyVariables.TOWNSHIP_ID, townshipId)
        .putValue(EmergencyVariables.GRID_ID, gridId);
    return runtime.startProcessInstanceByKey(EmergencyVariables.PROCESS_KEY, sourceRef, variables);
  }
}
