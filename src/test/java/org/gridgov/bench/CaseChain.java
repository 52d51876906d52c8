package org.gridgov.bench;

import static org.gridgov.cases.CaseVariables.Elements.TASK_CONSOLIDATE_REPLY;
import static org.gridgov.cases.CaseVariables.Elements.TASK_DISPATCH;
import static org.gridgov.cases.CaseVariables.Elements.TASK_FOLLOW_UP_CALL;
import static org.gridgov.cases.CaseVariables.Elements.TASK_HANDLE_BY_DEPARTMENT;
import static org.gridgov.cases.CaseVariables.Elements.TASK_VERIFY_RESULT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.IntakeReceipt;
import org.gridgov.intake.ResidentReport;

/**
 * One case through the co-handling chain of caseHandling, step by step, as the people involved
 * do it: a resident reports night-time construction noise (a department matter, so it goes
 * straight to the township's dispatcher), the dispatcher sends it to 生态环境局 (lead) and
 * 城管局, both departments answer and the lead consolidates, the grid checks the result, the
 * feedback goes out and the dispatcher records the follow-up call. Staff act through the Java
 * API under their own identity, so authorization checks run as in Tasklist.
 */
public final class CaseChain implements SqlPerStep.StepwiseChain {

  /** The steps, in the order a case passes them. */
  public enum Step {
    INTAKE, DISPATCH, CO_HANDLE, VERIFY, CLOSE;

    public String label() {
      return name().toLowerCase().replace('_', '-');
    }
  }

  public static final String CATEGORY = "POLLUTE_NOISE";
  static final String DISPATCHER = "dispatcher1";
  static final String LEAD_DEPARTMENT = "dept-sthj";
  static final String LEAD_DEPARTMENT_STAFF = "dept3";
  static final String CO_DEPARTMENT = "dept-cgj";
  static final String CO_DEPARTMENT_STAFF = "dept1";
  static final String GRID_WORKER = "gridworker1";

  private final ProcessEngine engine;
  private final CaseIntakeService intake;
  private final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();

  public CaseChain(ProcessEngine engine, CaseIntakeService intake) {
    this.engine = engine;
    this.intake = intake;
  }

  /** A resident's report; every case has its own address so that none is merged as a duplicate. */
  @Override
  public String intake() {
    IntakeReceipt receipt = intake.report(new ResidentReport(CATEGORY, "NORMAL", "工地夜间施工噪声很大，影响休息",
        "文昌路1-59号 压测点" + UUID.randomUUID().toString().substring(0, 12), null, null, "王大妈", "13800001234", "APP",
        null));
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(receipt.caseNo())
        .singleResult().getId();
  }

  @Override
  public void run(Step step, String processInstanceId) {
    switch (step) {
      case INTAKE -> throw new IllegalArgumentException("intake starts a case: call intake()");
      case DISPATCH -> completeAs(DISPATCHER, processInstanceId, TASK_DISPATCH, "leadDepartmentId", LEAD_DEPARTMENT,
          "coDepartmentIds", SpinValues.jsonValue("[\"" + CO_DEPARTMENT + "\"]").create(), "dispatchNote", "请按时办理");
      case CO_HANDLE -> {
        completeAs(CO_DEPARTMENT_STAFF, processInstanceId, TASK_HANDLE_BY_DEPARTMENT, "departmentOutcome", "RESULT",
            "departmentNote", "已配合执法");
        completeAs(LEAD_DEPARTMENT_STAFF, processInstanceId, TASK_HANDLE_BY_DEPARTMENT, "departmentOutcome", "RESULT",
            "departmentNote", "已约谈工地，夜间停工");
        completeAs(LEAD_DEPARTMENT_STAFF, processInstanceId, TASK_CONSOLIDATE_REPLY, "reply",
            "经查工地夜间施工，已责令停工。");
      }
      case VERIFY -> completeAs(GRID_WORKER, processInstanceId, TASK_VERIFY_RESULT, "resultCheck", "ACCEPTED");
      case CLOSE -> {
        runDueJobs(processInstanceId);
        completeAs(DISPATCHER, processInstanceId, TASK_FOLLOW_UP_CALL, "satisfaction", "SATISFIED", "followUpNote",
            "晚上安静了");
      }
    }
  }

  @Override
  public boolean ended(String processInstanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult() == null;
  }

  /** The member of staff finds the task in their list (as themselves), claims and completes it. */
  private void completeAs(String user, String processInstanceId, String taskKey, Object... keyValues) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, groupsOf.computeIfAbsent(user, this::groups));
    try {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(taskKey).taskCandidateGroupIn(groupsOf.get(user)).listPage(0, 1).stream().findFirst()
          .orElseThrow(() -> new IllegalStateException(user + " " + groupsOf.get(user) + " sees no task " + taskKey
              + " in " + processInstanceId));
      engine.getTaskService().claim(task.getId(), user);
      Map<String, Object> values = new HashMap<>();
      for (int i = 0; i < keyValues.length; i += 2) {
        values.put((String) keyValues[i], keyValues[i + 1]);
      }
      engine.getTaskService().complete(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs the asynchronous steps (the feedback notice) as the job executor would. */
  private void runDueJobs(String processInstanceId) {
    List<Job> due;
    while (!(due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable()
        .messages().list()).isEmpty()) {
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  private List<String> groups(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }
}
