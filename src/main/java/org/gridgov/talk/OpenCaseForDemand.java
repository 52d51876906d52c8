package org.gridgov.talk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenCase: the demand becomes a caseHandling case through the case intake. It runs in the
 * decision's transaction, so an intake refusal (e.g. a category that cannot be filed) rolls the
 * decision back and the person deciding sees why.
 */
@Component("openCaseForDemand")
class OpenCaseForDemand implements JavaDelegate {

  private final TalkService talks;

  OpenCaseForDemand(TalkService talks) {
    this.talks = talks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TalkVariables vars = TalkVariables.of(execution);
    talks.openCase(vars.demandId(), vars.text(TalkVariables.CASE_ADDRESS));
  }
}
