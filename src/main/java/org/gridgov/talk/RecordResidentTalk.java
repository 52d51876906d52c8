package org.gridgov.talk;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_HoldTalk: attendance and each resident's opinion go to gov_talk_*;
 * the process keeps the numbered opinions without names for the summary.
 */
@Component("recordResidentTalk")
class RecordResidentTalk implements TaskListener {

  private final TalkService talks;

  RecordResidentTalk(TalkService talks) {
    this.talks = talks;
  }

  @Override
  public void notify(DelegateTask task) {
    TalkVariables vars = TalkVariables.of(task);
    String opinions = talks.recordMeeting(vars.talkId(), TalkLists.speakers(vars.raw(TalkVariables.PARTICIPANTS)),
        vars.text(TalkVariables.NOTES));
    vars.forget(TalkVariables.PARTICIPANTS, TalkVariables.NOTES);
    task.setVariable(TalkVariables.OPINION_LIST, opinions);
  }
}
