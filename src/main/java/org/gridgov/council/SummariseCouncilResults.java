package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_SummariseResults: what was done and what it cost. */
@Component("summariseCouncilResults")
class SummariseCouncilResults implements TaskListener {

  private final CouncilService council;

  SummariseCouncilResults(CouncilService council) {
    this.council = council;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    council.summariseResults(vars.matterId(), vars.text(CouncilVariables.RESULT_SUMMARY),
        vars.raw(CouncilVariables.AMOUNT_SPENT));
  }
}
