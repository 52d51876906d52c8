package org.gridgov.cases;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.IntakeReceipt;
import org.gridgov.intake.ResidentReport;

/**
 * The steps of a case in tests: report, find its tasks, complete them with form values, move the
 * clock to a timer and fire it, run an asynchronous step. Every case gets an address of its own
 * (inside grid 文昌社区第一网格) so that no two test cases are duplicates of each other.
 */
public class CaseScenarioSteps {

  public static final String GRID = "grid-wenchang-01";
  public static final String COMMUNITY = "comm-wenchang";
  public static final String TOWNSHIP = "town-chengguan";
  public static final String CENTRE = "centre-anlan";

  private final ProcessEngine engine;
  private final CaseIntakeService intake;

  public CaseScenarioSteps(ProcessEngine engine, CaseIntakeService intake) {
    this.engine = engine;
    this.intake = intake;
  }

  public static String uniqueAddress() {
    return "文昌路1-59号 测试点" + UUID.randomUUID().toString().substring(0, 8);
  }

  public IntakeReceipt report(String category, String urgency) {
    return intake.report(new ResidentReport(category, urgency, "楼下堆了很多垃圾，已经三天没人清运", uniqueAddress(),
        null, null, "王大妈", "13800001234", "APP", null));
  }

  public ProcessInstance instance(String caseNo) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult();
  }

  public ProcessInstance reportAndGetInstance(String category, String urgency) {
    return instance(report(category, urgency).caseNo());
  }

  public Task task(ProcessInstance pi, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskKey).list();
    if (tasks.size() != 1) {
      throw new AssertionError("expected one task " + taskKey + " but found " + tasks.size());
    }
    return tasks.get(0);
  }

  public List<Task> tasks(ProcessInstance pi, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .orderByTaskId().asc().list();
  }

  /** Claims the task for a user and completes it with the values its form would submit. */
  public void complete(Task task, String user, Object... keyValues) {
    engine.getTaskService().claim(task.getId(), user);
    engine.getTaskService().complete(task.getId(), values(keyValues));
  }

  /** Completes the one open task of the instance with that BPMN id (fails if there is none or several). */
  public void complete(ProcessInstance pi, String taskKey, String user, Object... keyValues) {
    complete(task(pi, taskKey), user, keyValues);
  }

  public static Map<String, Object> values(Object... keyValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], keyValues[i + 1]);
    }
    return values;
  }

  public Object variable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  public Date dateVariable(ProcessInstance pi, String name) {
    return (Date) variable(pi, name);
  }

  /** Moves the engine clock to just after the moment and runs the timer of the given element. */
  public void fireTimerAt(ProcessInstance pi, String timerActivityId, Date moment) {
    ClockUtil.setCurrentTime(Date.from(moment.toInstant().plusSeconds(1)));
    runJob(pi, timerActivityId);
  }

  public void fireTimer(ProcessInstance pi, String timerActivityId) {
    Job job = job(pi, timerActivityId);
    fireTimerAt(pi, timerActivityId, job.getDuedate());
  }

  public Job job(ProcessInstance pi, String activityId) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId(activityId).list();
    if (jobs.size() != 1) {
      throw new AssertionError("expected one job at " + activityId + " but found " + jobs.size());
    }
    return jobs.get(0);
  }

  public void runJob(ProcessInstance pi, String activityId) {
    engine.getManagementService().executeJob(job(pi, activityId).getId());
  }

  /** Runs every asynchronous step that is due for the instance (notifications), oldest first. */
  public int runDueJobs(ProcessInstance pi) {
    int ran = 0;
    List<Job> due;
    while (!(due = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable()
        .messages().list()).isEmpty()) {
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        ran++;
      }
    }
    return ran;
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
