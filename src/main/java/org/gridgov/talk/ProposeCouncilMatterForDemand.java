package org.gridgov.talk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ProposeCouncilMatter: the demand starts 四议两公开 in the talk's village/community. */
@Component("proposeCouncilMatterForDemand")
class ProposeCouncilMatterForDemand implements JavaDelegate {

  private final TalkService talks;

  ProposeCouncilMatterForDemand(TalkService talks) {
    this.talks = talks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TalkVariables vars = TalkVariables.of(execution);
    talks.proposeToCouncil(vars.demandId(), vars.text(TalkVariables.COUNCIL_TITLE));
  }
}
