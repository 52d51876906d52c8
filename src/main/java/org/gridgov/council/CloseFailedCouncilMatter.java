package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseQuorumFailure: the meeting missed its quorum more often than rescheduling allows. */
@Component("closeFailedCouncilMatter")
class CloseFailedCouncilMatter implements JavaDelegate {

  private final CouncilService council;

  CloseFailedCouncilMatter(CouncilService council) {
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CouncilVariables vars = CouncilVariables.of(execution);
    council.closeQuorumFailure(vars.matterId(), vars.meetingId());
  }
}
