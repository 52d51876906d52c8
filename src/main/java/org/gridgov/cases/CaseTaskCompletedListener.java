package org.gridgov.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Every caseHandling user task, when completed: the first completion is the case's response
 * (响应); the task's {@link CaseTaskHandler} checks the submitted values and records them. A
 * check that fails throws, and the completion changes nothing.
 */
@Component("caseTaskCompleted")
class CaseTaskCompletedListener implements TaskListener {

  private final CaseReadModel readModel;
  private final Map<String, CaseTaskHandler> handlers = new HashMap<>();

  CaseTaskCompletedListener(CaseReadModel readModel, List<CaseTaskHandler> handlers) {
    this.readModel = readModel;
    for (CaseTaskHandler handler : handlers) {
      handler.taskKeys().forEach(key -> {
        if (this.handlers.put(key, handler) != null) {
          throw new IllegalStateException("Two handlers for task " + key);
        }
      });
    }
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = CaseVariables.caseNo(task);
    CaseTaskHandler handler = handlers.get(task.getTaskDefinitionKey());
    if (handler == null) {
      throw new IllegalStateException("No handler for case task " + task.getTaskDefinitionKey());
    }
    handler.onComplete(task, caseNo);
    readModel.markFirstResponse(caseNo);
  }
}
