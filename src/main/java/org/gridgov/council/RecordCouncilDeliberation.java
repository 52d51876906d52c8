package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_Deliberate (两委会商议): adopt, revise or reject, with the committees' comment. */
@Component("recordCouncilDeliberation")
class RecordCouncilDeliberation implements TaskListener {

  private final CouncilService council;
  private final CurrentUser user;

  RecordCouncilDeliberation(CouncilService council, CurrentUser user) {
    this.council = council;
    this.user = user;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    council.recordDeliberation(vars.matterId(), CouncilDecision.Step.DELIBERATION,
        vars.text(CouncilVariables.DECISION), vars.text(CouncilVariables.DECISION_COMMENT), user.id());
  }
}
