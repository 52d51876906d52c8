package org.gridgov.talk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyParticipants (async): each resident who came hears what became of their opinions. */
@Component("notifyTalkParticipants")
class NotifyTalkParticipants implements JavaDelegate {

  private final TalkService talks;

  NotifyTalkParticipants(TalkService talks) {
    this.talks = talks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    talks.tellParticipants(TalkVariables.of(execution).talkId());
  }
}
