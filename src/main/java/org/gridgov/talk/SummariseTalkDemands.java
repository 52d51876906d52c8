package org.gridgov.talk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_SummariseDemands: the 群众诉求清单, each demand citing its opinions' numbers. */
@Component("summariseTalkDemands")
class SummariseTalkDemands implements TaskListener {

  private final TalkService talks;
  private final FormList forms;

  SummariseTalkDemands(TalkService talks, FormList forms) {
    this.talks = talks;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    TalkVariables vars = TalkVariables.of(task);
    List<TalkService.DemandDraft> drafts = new ArrayList<>();
    int row = 0;
    for (Map<String, String> fields : forms.rows(vars.raw(TalkVariables.DEMANDS), "诉求清单")) {
      row++;
      drafts.add(new TalkService.DemandDraft(fields.get("content"), numbers(fields.get("opinionNos"), row)));
    }
    List<Long> ids = talks.summarise(vars.talkId(), drafts);
    vars.forget(TalkVariables.DEMANDS);
    task.setVariable(TalkVariables.DEMAND_IDS, new ArrayList<>(ids));
  }

  /** "1, 3、4" → [1, 3, 4]. */
  private static List<Integer> numbers(String text, int row) {
    List<Integer> numbers = new ArrayList<>();
    if (text == null) {
      return numbers;
    }
    for (String part : text.split("[,，、\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        numbers.add(Integer.valueOf(part));
      } catch (NumberFormatException e) {
        throw new InvalidTalkInputException("第 " + row + " 项诉求的意见序号须为数字，用逗号分隔: " + text);
      }
    }
    return numbers;
  }
}
