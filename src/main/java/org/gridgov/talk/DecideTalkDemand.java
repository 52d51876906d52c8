package org.gridgov.talk;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gridgov.council.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_DecideDemand: where the demand goes. The choice is kept local to the
 * demand's instance so that parallel demands never read each other's.
 */
@Component("decideTalkDemand")
class DecideTalkDemand implements TaskListener {

  private final TalkService talks;
  private final CurrentUser user;

  DecideTalkDemand(TalkService talks, CurrentUser user) {
    this.talks = talks;
    this.user = user;
  }

  @Override
  public void notify(DelegateTask task) {
    TalkVariables vars = TalkVariables.of(task);
    TalkDemand.Route route = talks.decide(vars.demandId(), vars.text(TalkVariables.DEMAND_ROUTE),
        vars.text(TalkVariables.CATEGORY_CODE), vars.text(TalkVariables.ANSWER), user.id());
    String title = vars.text(TalkVariables.COUNCIL_TITLE);
    String address = vars.text(TalkVariables.CASE_ADDRESS);
    DelegateExecution execution = task.getExecution();
    execution.getProcessInstance().removeVariablesLocal(List.of(TalkVariables.DEMAND_ROUTE,
        TalkVariables.CATEGORY_CODE, TalkVariables.ANSWER, TalkVariables.COUNCIL_TITLE, TalkVariables.CASE_ADDRESS));
    execution.setVariableLocal(TalkVariables.DEMAND_ROUTE, route.name());
    if (route == TalkDemand.Route.COUNCIL && title != null) {
      execution.setVariableLocal(TalkVariables.COUNCIL_TITLE, title);
    }
    if (route == TalkDemand.Route.CASE && address != null) {
      execution.setVariableLocal(TalkVariables.CASE_ADDRESS, address);
    }
  }
}
