package org.gridgov.talk;

import java.util.List;
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
  private final FormList forms;

  RecordResidentTalk(TalkService talks, FormList forms) {
    this.talks = talks;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    TalkVariables vars = TalkVariables.of(task);
    List<TalkService.Speaker> speakers = forms.rows(vars.raw(TalkVariables.PARTICIPANTS), "到会居民名单").stream()
        .map(row -> new TalkService.Speaker(row.get("name"), row.get("household"), row.get("opinion")))
        .toList();
    String opinions = talks.recordMeeting(vars.talkId(), speakers, vars.text(TalkVariables.NOTES));
    vars.forget(TalkVariables.PARTICIPANTS, TalkVariables.NOTES);
    task.setVariable(TalkVariables.OPINION_LIST, opinions);
  }
}
