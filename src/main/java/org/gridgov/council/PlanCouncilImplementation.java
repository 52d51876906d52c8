package org.gridgov.council;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_PlanImplementation: the form's list of work items becomes rows of
 * {@code gov_council_work_item}; the process keeps only their ids, one progress loop per item.
 */
@Component("planCouncilImplementation")
class PlanCouncilImplementation implements TaskListener {

  private final CouncilService council;
  private final ObjectMapper json;

  PlanCouncilImplementation(CouncilService council, ObjectMapper json) {
    this.council = council;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    List<Long> ids = council.planImplementation(vars.matterId(), plan(vars.raw(CouncilVariables.WORK_ITEMS)));
    task.setVariable(CouncilVariables.WORK_ITEM_IDS, new ArrayList<>(ids));
    vars.forget(CouncilVariables.WORK_ITEMS);
  }

  /** Tasklist sends the dynamic list as a JSON variable; Java callers may send the JSON text. */
  private List<CouncilService.WorkItemPlan> plan(Object value) {
    if (value == null) {
      return List.of();
    }
    JsonNode items;
    try {
      items = value instanceof String text ? json.readTree(text) : json.readTree(value.toString());
    } catch (JsonProcessingException e) {
      throw new InvalidCouncilInputException("实施计划的格式不正确");
    }
    if (!items.isArray()) {
      throw new InvalidCouncilInputException("实施计划须是工作项列表");
    }
    List<CouncilService.WorkItemPlan> plan = new ArrayList<>();
    for (JsonNode item : items) {
      plan.add(new CouncilService.WorkItemPlan(text(item, "title"), text(item, "responsible"),
          text(item, "plannedFinish"), text(item, "caseNo")));
    }
    return plan;
  }

  private static String text(JsonNode item, String field) {
    JsonNode value = item.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
