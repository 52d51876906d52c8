package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_ReportProgress: one progress report on the work item; 100 % finishes
 * the item. The report's values are local to the item so parallel items never mix them up.
 */
@Component("reportCouncilProgress")
class ReportCouncilProgress implements TaskListener {

  private final CouncilService council;
  private final CurrentUser user;

  ReportCouncilProgress(CouncilService council, CurrentUser user) {
    this.council = council;
    this.user = user;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    boolean finished = council.reportProgress(vars.workItemId(), vars.number(CouncilVariables.PROGRESS),
        vars.text(CouncilVariables.PROGRESS_NOTE), vars.text(CouncilVariables.CASE_NO), user.id());
    task.getExecution().setVariableLocal(CouncilVariables.WORK_ITEM_FINISHED, finished);
    vars.forget(CouncilVariables.PROGRESS, CouncilVariables.PROGRESS_NOTE, CouncilVariables.CASE_NO);
  }
}
