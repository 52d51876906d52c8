package org.gridgov.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gridgov.organisation.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every role works from. Tasklist shows a user no task at all until they can
 * read a filter, so these are created on every start (after the identity sync has created the
 * groups) and shared with the role groups through READ authorizations, which take effect once
 * authorization checks are switched on.
 *
 * <p>The definitions here win: a filter of the same name is brought back in line with them on each
 * start. Two nodes starting together may both create a filter; the one with the smallest id is kept.
 *
 * <p>Contract with the processes: every user task has a unit id as candidate group and a due date;
 * the process variables {@code caseNo}, {@code categoryCode}, {@code urgency} and the Boolean
 * {@code escalated} are set.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "我的待办";
  public static final String UNIT_TASKS = "本单位待办";
  public static final String OVERDUE = "已超期";
  public static final String ESCALATED = "已升级";
  public static final String ALL_TASKS = "全部待办";

  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

  /** Everyone who works on tasks; auditors read history in Cockpit and get no task filters. */
  private static final Set<StaffRole> WORKING_ROLES = Set.of(StaffRole.GRID_WORKER, StaffRole.GRID_LEADER,
      StaffRole.COMMUNITY_STAFF, StaffRole.TOWNSHIP_STAFF, StaffRole.DISPATCHER, StaffRole.DEPARTMENT_STAFF,
      StaffRole.COUNTY_CENTRE, StaffRole.ADMIN);
  private static final Set<StaffRole> COUNTY_WIDE_ROLES = Set.of(StaffRole.COUNTY_CENTRE, StaffRole.ADMIN);

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  /** Creates or updates every filter and its READ grants; returns the filter ids by name. */
  public Map<String, String> ensure() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (Definition definition : definitions()) {
      Filter filter = ensureFilter(definition);
      for (StaffRole role : definition.sharedWith()) {
        grantRead(filter.getId(), role.groupId());
      }
      ids.put(definition.name(), filter.getId());
    }
    log.info("Tasklist filters ready: {}", ids.keySet());
    return ids;
  }

  private List<Definition> definitions() {
    return List.of(
        new Definition(MY_TASKS, "分配给我本人的任务，按办理期限排序", 10, "#1e6fd9",
            () -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
            WORKING_ROLES),
        new Definition(UNIT_TASKS, "本单位（我所在网格、社区、乡镇或部门）的全部任务，含已被同事认领的", 20, "#2e8b57",
            () -> ofMyUnits().orderByDueDate().asc(),
            WORKING_ROLES),
        new Definition(OVERDUE, "本单位已超过办理期限仍未办结的任务，请优先处理", 30, "#c0392b",
            () -> ofMyUnits().dueBeforeExpression("${now()}").orderByDueDate().asc(),
            WORKING_ROLES),
        new Definition(ESCALATED, "本单位因超期或人工上报而升级的事件任务", 40, "#e67e22",
            () -> ofMyUnits().processVariableValueEquals("escalated", true).orderByDueDate().asc(),
            WORKING_ROLES),
        new Definition(ALL_TASKS, "全县所有待办任务，供县社会治理中心统筹督办", 50, "#6c757d",
            () -> tasks.createTaskQuery().orderByDueDate().asc(),
            COUNTY_WIDE_ROLES));
  }

  private TaskQuery ofMyUnits() {
    return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private Filter ensureFilter(Definition definition) {
    List<Filter> existing = filters.createFilterQuery().filterName(definition.name()).list();
    Filter filter;
    if (existing.isEmpty()) {
      filter = filters.newTaskFilter(definition.name());
    } else {
      filter = existing.stream().min(Comparator.comparing(Filter::getId)).orElseThrow();
    }
    filter.setQuery(definition.query().get());
    filter.setProperties(definition.properties());
    filters.saveFilter(filter);
    removeDuplicates(definition.name(), filter.getId());
    return filters.getFilter(keptId(definition.name()));
  }

  /** Another node may have created the same filter a moment ago: keep the oldest id, drop the rest. */
  private void removeDuplicates(String name, String createdId) {
    String kept = keptId(name);
    for (Filter duplicate : filters.createFilterQuery().filterName(name).list()) {
      if (!duplicate.getId().equals(kept)) {
        try {
          filters.deleteFilter(duplicate.getId());
        } catch (ProcessEngineException alreadyDeletedByTheOtherNode) {
          log.debug("Duplicate filter {} ({}) already removed", name, duplicate.getId());
        }
      }
    }
    if (!kept.equals(createdId)) {
      log.info("Filter {} was also created by another node; kept {}", name, kept);
    }
  }

  private String keptId(String name) {
    return filters.createFilterQuery().filterName(name).list().stream()
        .map(Filter::getId).min(Comparator.naturalOrder()).orElseThrow();
  }

  private void grantRead(String filterId, String groupId) {
    boolean granted = authorizations.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filterId).groupIdIn(groupId).count() > 0;
    if (granted) {
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(filterId);
    grant.setGroupId(groupId);
    grant.addPermission(Permissions.READ);
    try {
      authorizations.saveAuthorization(grant);
    } catch (ProcessEngineException e) {
      // the unique constraint on (resource, id, group) refused a grant another node saved first
      if (authorizations.createAuthorizationQuery()
          .resourceType(Resources.FILTER).resourceId(filterId).groupIdIn(groupId).count() == 0) {
        throw e;
      }
    }
  }

  private record Definition(String name, String description, int priority, String color,
      Supplier<TaskQuery> query, Set<StaffRole> sharedWith) {

    Map<String, Object> properties() {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("color", color);
      properties.put("refresh", true);
      properties.put("showUndefinedVariable", false);
      properties.put("variables", Stream.of(
              Map.of("name", "caseNo", "label", "事件编号"),
              Map.of("name", "categoryCode", "label", "事件类别"),
              Map.of("name", "urgency", "label", "紧急程度"))
          .collect(Collectors.toList()));
      return properties;
    }
  }
}
