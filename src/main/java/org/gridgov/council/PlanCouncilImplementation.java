package org.gridgov.council;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gridgov.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_PlanImplementation: the form's list of work items becomes rows of
 * {@code gov_council_work_item}; the process keeps only their ids, one progress loop per item.
 */
@Component("planCouncilImplementation")
class PlanCouncilImplementation implements TaskListener {

  private static final Pattern SEMICOLON = Pattern.compile("[;；]");

  private final CouncilService council;

  PlanCouncilImplementation(CouncilService council) {
    this.council = council;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    List<Long> ids = council.planImplementation(vars.matterId(), plan(vars.raw(CouncilVariables.WORK_ITEMS)));
    task.setVariable(CouncilVariables.WORK_ITEM_IDS, new ArrayList<>(ids));
    vars.forget(CouncilVariables.WORK_ITEMS);
  }

  /** One work item a line: {@code 工作内容；责任人(单位)；计划完成日期[；关联案件编号]}. */
  private static List<CouncilService.WorkItemPlan> plan(Object value) {
    List<CouncilService.WorkItemPlan> plan = new ArrayList<>();
    for (String line : FormValues.lines(value, "实施计划")) {
      String[] parts = SEMICOLON.split(line, -1);
      if (parts.length < 3 || parts.length > 4) {
        throw new InvalidCouncilInputException("第 " + (plan.size() + 1) + " 项须写成“工作内容；责任人(单位)；"
            + "计划完成日期”，可再加“；关联案件编号”，用分号隔开: " + line);
      }
      plan.add(new CouncilService.WorkItemPlan(parts[0].strip(), parts[1].strip(), parts[2].strip(),
          parts.length == 4 ? parts[3].strip() : null));
    }
    return plan;
  }
}
