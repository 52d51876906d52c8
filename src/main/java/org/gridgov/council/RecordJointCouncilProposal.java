package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_JointProposal: where one person holds both posts (一肩挑) the Party
 * branch's proposal and the committees' deliberation are one meeting, recorded as both steps.
 */
@Component("recordJointCouncilProposal")
class RecordJointCouncilProposal implements TaskListener {

  private final CouncilService council;
  private final CurrentUser user;

  RecordJointCouncilProposal(CouncilService council, CurrentUser user) {
    this.council = council;
    this.user = user;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    council.recordProposal(vars.matterId(), vars.text(CouncilVariables.CONTENT), vars.raw(CouncilVariables.BUDGET),
        vars.text(CouncilVariables.SCOPE), vars.text(CouncilVariables.RESIDENT_OPINIONS), user.id());
    council.recordDeliberation(vars.matterId(), CouncilDecision.Step.JOINT, vars.text(CouncilVariables.DECISION),
        vars.text(CouncilVariables.DECISION_COMMENT), user.id());
  }
}
