package org.gridgov.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.gridgov.calendar.DeadlineUnit;
import org.gridgov.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Every caseHandling user task, when created: gets a due date (its own deadline from the model,
 * or the configured working days for internal review steps), a description that tells staff what
 * the case is about, a timeline entry, and moves the case to the status the task stands for.
 */
@Component("caseTaskCreated")
class CaseTaskCreatedListener implements TaskListener {

  private static final Map<String, CaseStatus> STATUS_ON_CREATE = Map.of(
      CaseVariables.Elements.TASK_HANDLE_ON_SITE, CaseStatus.HANDLING,
      CaseVariables.Elements.TASK_RESOLVE_AT_RUNG, CaseStatus.HANDLING,
      CaseVariables.Elements.TASK_CONSOLIDATE_REPLY, CaseStatus.HANDLING,
      CaseVariables.Elements.TASK_VERIFY_RESULT, CaseStatus.VERIFYING);

  static final int LATEST_STEPS = 4;
  static final int MAX_DESCRIPTION = 2000;

  private final CaseReadModel readModel;
  private final WorkingCalendar calendar;
  private final CaseProperties properties;
  private final CaseCatalogue catalogue;

  CaseTaskCreatedListener(CaseReadModel readModel, WorkingCalendar calendar, CaseProperties properties,
      CaseCatalogue catalogue) {
    this.readModel = readModel;
    this.calendar = calendar;
    this.properties = properties;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = CaseVariables.caseNo(task);
    if (task.getDueDate() == null) {
      Instant due = calendar.due(EngineTime.now(), properties.reviewWorkingDays(), DeadlineUnit.WORKING_DAYS);
      task.setDueDate(EngineTime.date(due));
    }
    CaseRecord record = readModel.get(caseNo);
    task.setDescription(describe(record));
    String unit = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null)
        .findFirst().orElse(null);
    CaseStatus status = STATUS_ON_CREATE.get(task.getTaskDefinitionKey());
    String detail = task.getName() + "，办理时限 " + EngineTime.toLocal(task.getDueDate());
    if (status != null && status != record.getStatus()) {
      readModel.changeStatus(caseNo, status, CaseEventType.TASK_CREATED, unit, null, detail);
    } else {
      readModel.note(caseNo, CaseEventType.TASK_CREATED, unit, null, detail);
    }
  }

  /**
   * What staff see in Tasklist: the case at a glance and its latest steps (a department's request,
   * the co-handlers' results...). The reporter's name and phone are never shown here.
   */
  private String describe(CaseRecord record) {
    StringBuilder text = new StringBuilder()
        .append('【').append(record.getCaseNo()).append("】")
        .append(catalogue.categoryName(record.getCategoryCode()))
        .append(" · ").append(record.getUrgency().label());
    if (record.isEscalated()) {
      text.append(" · 已升级");
    }
    if (record.getAddressText() != null) {
      text.append(" · ").append(record.getAddressText());
    }
    text.append("\n").append(record.getDescription());
    List<CaseEvent> steps = readModel.timeline(record.getCaseNo()).stream()
        .filter(e -> !CaseEventType.TASK_CREATED.name().equals(e.getEventType()) && e.getDetail() != null)
        .toList();
    if (steps.size() > 1) {
      text.append("\n最新办理情况：");
      steps.subList(Math.max(1, steps.size() - LATEST_STEPS), steps.size())
          .forEach(e -> text.append("\n· ").append(e.getDetail()));
    }
    return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION - 1) + "…" : text.toString();
  }

}
