package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublishRejection: a failed vote ends the matter and is published with its counts. */
@Component("publishCouncilRejection")
class PublishCouncilRejection implements JavaDelegate {

  private final CouncilService council;

  PublishCouncilRejection(CouncilService council) {
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CouncilVariables vars = CouncilVariables.of(execution);
    council.publishRejection(vars.matterId(), vars.meetingId());
  }
}
