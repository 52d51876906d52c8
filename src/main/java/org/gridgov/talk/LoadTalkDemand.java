package org.gridgov.talk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of SubProcess_Demand (one per demand): the demand's text for its decision form. */
@Component("loadTalkDemand")
class LoadTalkDemand implements ExecutionListener {

  private final TalkService talks;

  LoadTalkDemand(TalkService talks) {
    this.talks = talks;
  }

  @Override
  public void notify(DelegateExecution execution) {
    TalkDemand demand = talks.demand(TalkVariables.of(execution).demandId());
    execution.setVariableLocal(TalkVariables.DEMAND_CONTENT, demand.getSeq() + ". " + demand.getContent());
  }
}
