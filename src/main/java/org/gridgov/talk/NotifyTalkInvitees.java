package org.gridgov.talk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyInvitees (async): every invited household is told when and where the talk is. */
@Component("notifyTalkInvitees")
class NotifyTalkInvitees implements JavaDelegate {

  private final TalkService talks;

  NotifyTalkInvitees(TalkService talks) {
    this.talks = talks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    talks.inviteResidents(TalkVariables.of(execution).talkId());
  }
}
