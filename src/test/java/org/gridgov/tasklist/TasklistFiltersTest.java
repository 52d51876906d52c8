package org.gridgov.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.gridgov.organisation.StaffRole;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The role filters: created once however often start-up runs, shared with the right groups, and each
 * returns the right tasks of a tiny fixture process (src/test/resources/tasklist/filter-fixture.bpmn)
 * that keeps the case process's task contract. Filters are executed only over this test's instances.
 */
@GridGovSpringTest
class TasklistFiltersTest {

  private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
  private static final String GRID = "grid-wenchang-01";

  @Autowired
  private TasklistFilters tasklistFilters;
  @Autowired
  private FilterService filterService;
  @Autowired
  private AuthorizationService authorizationService;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;

  private Map<String, String> filterIds;
  private String onTime;
  private String overdueEscalated;

  @BeforeEach
  void startTwoTasks() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    repositoryService.createDeployment()
        .name("tasklist-filter-fixture")
        .addClasspathResource("tasklist/filter-fixture.bpmn")
        .enableDuplicateFiltering(false)
        .deploy();
    filterIds = tasklistFilters.ensure();
    onTime = start(NOW.plus(Duration.ofDays(1)), false);
    overdueEscalated = start(NOW.minus(Duration.ofHours(1)), true);
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    runtimeService.deleteProcessInstancesIfExists(List.of(onTime, overdueEscalated), "test over", true, true, true);
  }

  @Test
  void everyFilterExistsOnceHoweverOftenStartUpRuns() {
    tasklistFilters.ensure();
    Map<String, String> again = tasklistFilters.ensure();

    assertThat(again).isEqualTo(filterIds);
    for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.UNIT_TASKS, TasklistFilters.OVERDUE,
        TasklistFilters.ESCALATED, TasklistFilters.ALL_TASKS)) {
      assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
    }
    Filter mine = filterService.getFilter(filterIds.get(TasklistFilters.MY_TASKS));
    assertThat(mine.getProperties()).containsEntry("priority", 10).containsKeys("description", "color");
    assertThat(mine.getProperties().get("variables").toString()).contains("caseNo", "categoryCode", "urgency");
  }

  @Test
  void filtersAreSharedWithTheRoleGroups() {
    for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.UNIT_TASKS, TasklistFilters.OVERDUE,
        TasklistFilters.ESCALATED)) {
      assertThat(readableBy(filterIds.get(name), StaffRole.GRID_WORKER)).as(name).isTrue();
      assertThat(readableBy(filterIds.get(name), StaffRole.DEPARTMENT_STAFF)).as(name).isTrue();
      assertThat(readableBy(filterIds.get(name), StaffRole.AUDITOR)).as(name).isFalse();
    }
    String all = filterIds.get(TasklistFilters.ALL_TASKS);
    assertThat(readableBy(all, StaffRole.COUNTY_CENTRE)).isTrue();
    assertThat(readableBy(all, StaffRole.ADMIN)).isTrue();
    assertThat(readableBy(all, StaffRole.GRID_WORKER)).isFalse();
    assertThat(readableBy(all, StaffRole.DISPATCHER)).isFalse();
  }

  @Test
  void unitTasksShowTheGridsTasksToItsWorkersOnly() {
    assertThat(run(TasklistFilters.UNIT_TASKS, "gridworker1", GRID, "role-gridworker"))
        .containsExactlyInAnyOrder(onTime, overdueEscalated);
    assertThat(run(TasklistFilters.UNIT_TASKS, "dept1", "dept-cgj", "role-department")).isEmpty();
  }

  @Test
  void myTasksShowWhatIClaimedAndUnitTasksKeepIt() {
    assertThat(run(TasklistFilters.MY_TASKS, "gridworker1", GRID, "role-gridworker")).isEmpty();

    taskService.claim(task(onTime).getId(), "gridworker1");

    assertThat(run(TasklistFilters.MY_TASKS, "gridworker1", GRID, "role-gridworker")).containsExactly(onTime);
    assertThat(run(TasklistFilters.MY_TASKS, "gridleader1", GRID, "role-gridleader")).isEmpty();
    assertThat(run(TasklistFilters.UNIT_TASKS, "gridleader1", GRID, "role-gridleader"))
        .containsExactlyInAnyOrder(onTime, overdueEscalated);
  }

  @Test
  void overdueShowsTasksPastTheirDueDate() {
    assertThat(run(TasklistFilters.OVERDUE, "gridworker1", GRID, "role-gridworker")).containsExactly(overdueEscalated);

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(2))));
    assertThat(run(TasklistFilters.OVERDUE, "gridworker1", GRID, "role-gridworker"))
        .containsExactlyInAnyOrder(onTime, overdueEscalated);
  }

  @Test
  void escalatedShowsCasesMarkedEscalated() {
    assertThat(run(TasklistFilters.ESCALATED, "gridworker1", GRID, "role-gridworker")).containsExactly(overdueEscalated);
    assertThat(run(TasklistFilters.ESCALATED, "dept1", "dept-cgj", "role-department")).isEmpty();
  }

  @Test
  void allTasksShowEveryUnitsTasksToTheCountyCentre() {
    assertThat(run(TasklistFilters.ALL_TASKS, "county1", "centre-anlan", "role-countycentre"))
        .containsExactlyInAnyOrder(onTime, overdueEscalated);
  }

  private String start(Instant due, boolean escalated) {
    return runtimeService.startProcessInstanceByKey("tasklistFilterFixture", "FILTER-TEST-" + UUID.randomUUID(),
        Map.of("unitId", GRID, "due", Date.from(due), "caseNo", "GG-TEST-" + UUID.randomUUID().toString().substring(0, 8),
            "categoryCode", "ENV_GARBAGE", "urgency", "一般", "escalated", escalated)).getId();
  }

  private Task task(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  /** Executes the filter as the given user, restricted to this test's two instances. */
  private List<String> run(String filterName, String userId, String... groups) {
    identityService.setAuthentication(userId, List.of(groups));
    try {
      List<Task> found = filterService.list(filterIds.get(filterName),
          taskService.createTaskQuery().processInstanceIdIn(onTime, overdueEscalated));
      return found.stream().map(Task::getProcessInstanceId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private boolean readableBy(String filterId, StaffRole role) {
    return authorizationService.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filterId).groupIdIn(role.groupId())
        .hasPermission(Permissions.READ).count() == 1;
  }
}
