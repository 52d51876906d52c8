package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_DraftProposal (党组织提议). The proposal fields stay as variables while
 * the proposal may come back for revision, so the form shows the last draft.
 */
@Component("recordCouncilProposal")
class RecordCouncilProposal implements TaskListener {

  private final CouncilService council;
  private final CurrentUser user;

  RecordCouncilProposal(CouncilService council, CurrentUser user) {
    this.council = council;
    this.user = user;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    council.recordProposal(vars.matterId(), vars.text(CouncilVariables.CONTENT), vars.raw(CouncilVariables.BUDGET),
        vars.text(CouncilVariables.SCOPE), vars.text(CouncilVariables.RESIDENT_OPINIONS), user.id());
  }
}
