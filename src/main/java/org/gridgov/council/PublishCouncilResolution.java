package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_PublishResolution (决议公开): the notice goes up; its publicity period drives the timer. */
@Component("publishCouncilResolution")
class PublishCouncilResolution implements JavaDelegate {

  private final CouncilService council;

  PublishCouncilResolution(CouncilService council) {
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CouncilVariables vars = CouncilVariables.of(execution);
    CouncilNotice notice = council.publishResolution(vars.matterId());
    vars.setPublicity(notice.getId(), FormValues.toDate(notice.getPublicityEnds()));
  }
}
