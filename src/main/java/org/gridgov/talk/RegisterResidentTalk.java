package org.gridgov.talk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterTalk: the talk gets its record and number (the business key); the invitees from
 * the start form move into gov_talk_participant and leave the process. A talk organised through
 * {@link TalkService#organise} is registered already.
 */
@Component("registerResidentTalk")
class RegisterResidentTalk implements JavaDelegate {

  private final TalkService talks;

  RegisterResidentTalk(TalkService talks) {
    this.talks = talks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TalkVariables vars = TalkVariables.of(execution);
    Talk talk;
    if (vars.talkId() != null) {
      talk = talks.talk(vars.talkId());
    } else {
      talk = talks.register(execution.getProcessInstanceId(), vars.communityId(), vars.text(TalkVariables.TOPIC),
          vars.text(TalkVariables.PLACE), vars.raw(TalkVariables.MEETING_TIME),
          TalkLists.invitees(vars.raw(TalkVariables.INVITEES)),
          (String) execution.getVariable("initiator"));
      execution.setProcessBusinessKey(talk.getTalkNo());
      execution.setVariable(TalkVariables.TALK_ID, talk.getId());
      execution.setVariable(TalkVariables.COMMUNITY_ID, talk.getCommunityId());
      vars.forget(TalkVariables.TOPIC, TalkVariables.PLACE, TalkVariables.MEETING_TIME, TalkVariables.INVITEES);
    }
    execution.setVariable(TalkVariables.MEETING_DUE, FormValues.toDate(talk.getScheduledAt()));
  }
}
