package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of SubProcess_WorkItem (one instance per work item): the item's title as a local
 * variable, so the progress form says which item it is about.
 */
@Component("loadCouncilWorkItem")
class LoadCouncilWorkItem implements ExecutionListener {

  private final CouncilService council;

  LoadCouncilWorkItem(CouncilService council) {
    this.council = council;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CouncilWorkItem item = council.workItem(CouncilVariables.of(execution).workItemId());
    execution.setVariableLocal(CouncilVariables.WORK_ITEM_TITLE,
        item.getSeq() + ". " + item.getTitle() + "(责任: " + item.getResponsible() + "，计划 "
            + item.getPlannedFinish() + " 完成)");
  }
}
