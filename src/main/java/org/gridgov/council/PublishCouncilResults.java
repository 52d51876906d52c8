package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublishResults (实施结果公开): the results go on the board and the matter is closed. */
@Component("publishCouncilResults")
class PublishCouncilResults implements JavaDelegate {

  private final CouncilService council;

  PublishCouncilResults(CouncilService council) {
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    council.publishResults(CouncilVariables.of(execution).matterId());
  }
}
