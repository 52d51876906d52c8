package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterCouncilMatter: the matter gets its record and number (the business key). */
@Component("registerCouncilMatter")
class RegisterCouncilMatter implements JavaDelegate {

  private final CouncilService council;

  RegisterCouncilMatter(CouncilService council) {
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CouncilVariables vars = CouncilVariables.of(execution);
    CouncilMatter matter = council.register(execution.getProcessInstanceId(), vars.communityId(),
        vars.text(CouncilVariables.TITLE), vars.text(CouncilVariables.SUMMARY),
        vars.text(CouncilVariables.SOURCE_TALK_NO), vars.flag(CouncilVariables.COMBINED_LEADERSHIP),
        (String) execution.getVariable("initiator"));
    execution.setProcessBusinessKey(matter.getMatterNo());
    vars.setMatterId(matter.getId());
    vars.setCommunityId(matter.getCommunityId());
    vars.setCombinedLeadership(matter.isCombinedLeadership());
    vars.forget(CouncilVariables.TITLE, CouncilVariables.SUMMARY, CouncilVariables.SOURCE_TALK_NO);
  }
}
