package org.gridgov.talk;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_SummariseDemands: the 群众诉求清单, each demand citing its opinions' numbers. */
@Component("summariseTalkDemands")
class SummariseTalkDemands implements TaskListener {

  private final TalkService talks;

  SummariseTalkDemands(TalkService talks) {
    this.talks = talks;
  }

  @Override
  public void notify(DelegateTask task) {
    TalkVariables vars = TalkVariables.of(task);
    List<Long> ids = talks.summarise(vars.talkId(), TalkLists.demands(vars.raw(TalkVariables.DEMANDS)));
    vars.forget(TalkVariables.DEMANDS);
    task.setVariable(TalkVariables.DEMAND_IDS, new ArrayList<>(ids));
  }
}
