package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRejectedProposal: the committees rejected the proposal; the matter is closed with their reason. */
@Component("closeRejectedCouncilProposal")
class CloseRejectedCouncilProposal implements JavaDelegate {

  private final CouncilService council;

  CloseRejectedCouncilProposal(CouncilService council) {
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    council.closeRejectedProposal(CouncilVariables.of(execution).matterId());
  }
}
