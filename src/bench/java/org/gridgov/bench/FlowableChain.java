package org.gridgov.bench;

import static org.gridgov.cases.CaseVariables.Elements.TASK_CONSOLIDATE_REPLY;
import static org.gridgov.cases.CaseVariables.Elements.TASK_DISPATCH;
import static org.gridgov.cases.CaseVariables.Elements.TASK_FOLLOW_UP_CALL;
import static org.gridgov.cases.CaseVariables.Elements.TASK_HANDLE_BY_DEPARTMENT;
import static org.gridgov.cases.CaseVariables.Elements.TASK_VERIFY_RESULT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.identity.Group;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.gridgov.bench.CaseChain.Step;
import org.gridgov.cases.CaseVariables;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.IntakeReceipt;
import org.gridgov.intake.ResidentReport;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CaseChain} on Flowable: the same report, the same people with the same groups (from
 * GridGov's identity), the same values, step by step. Every Flowable command that runs GridGov's
 * beans runs inside a GridGov transaction, so their gov_ writes commit together once Flowable has
 * committed its own database: two commits per step where Camunda, on one database, has one.
 */
final class FlowableChain implements SqlPerStep.StepwiseChain {

  private final ProcessEngine flowable;
  private final CaseIntakeService intake;
  private final org.camunda.bpm.engine.IdentityService gridgovIdentity;
  private final TransactionTemplate gridgovTransaction;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();

  FlowableChain(ProcessEngine flowable, BenchContext gridgov) {
    this.flowable = flowable;
    this.intake = gridgov.intake;
    this.gridgovIdentity = gridgov.engine.getIdentityService();
    this.gridgovTransaction = new TransactionTemplate(
        gridgov.spring.getBean(org.springframework.transaction.PlatformTransactionManager.class));
  }

  /** The resident's report, filed by GridGov's intake, whose transaction wraps the Flowable start. */
  @Override
  public String intake() {
    IntakeReceipt receipt = intake.report(new ResidentReport(CaseChain.CATEGORY, "NORMAL", "工地夜间施工噪声很大，影响休息",
        "文昌路1-59号 压测点" + UUID.randomUUID().toString().substring(0, 12), null, null, "王大妈", "13800001234", "APP",
        null), this::start);
    return flowable.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(receipt.caseNo())
        .singleResult().getId();
  }

  private void start(String caseNo, Map<String, Object> variables) {
    flowable.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(CaseVariables.PROCESS_KEY)
        .businessKey(caseNo).variables(variables).start();
  }

  @Override
  public void run(Step step, String processInstanceId) {
    switch (step) {
      case INTAKE -> throw new IllegalArgumentException("intake starts a case: call intake()");
      case DISPATCH -> completeAs(CaseChain.DISPATCHER, processInstanceId, TASK_DISPATCH, "leadDepartmentId",
          CaseChain.LEAD_DEPARTMENT, "coDepartmentIds", json.createArrayNode().add(CaseChain.CO_DEPARTMENT),
          "dispatchNote", "请按时办理");
      case CO_HANDLE -> {
        completeAs(CaseChain.CO_DEPARTMENT_STAFF, processInstanceId, TASK_HANDLE_BY_DEPARTMENT, "departmentOutcome",
            "RESULT", "departmentNote", "已配合执法");
        completeAs(CaseChain.LEAD_DEPARTMENT_STAFF, processInstanceId, TASK_HANDLE_BY_DEPARTMENT, "departmentOutcome",
            "RESULT", "departmentNote", "已约谈工地，夜间停工");
        completeAs(CaseChain.LEAD_DEPARTMENT_STAFF, processInstanceId, TASK_CONSOLIDATE_REPLY, "reply",
            "经查工地夜间施工，已责令停工。");
      }
      case VERIFY -> completeAs(CaseChain.GRID_WORKER, processInstanceId, TASK_VERIFY_RESULT, "resultCheck",
          "ACCEPTED");
      case CLOSE -> {
        runDueJobs(processInstanceId);
        completeAs(CaseChain.DISPATCHER, processInstanceId, TASK_FOLLOW_UP_CALL, "satisfaction", "SATISFIED",
            "followUpNote", "晚上安静了");
      }
    }
  }

  @Override
  public boolean ended(String processInstanceId) {
    return flowable.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult() == null;
  }

  /** Finds the task by the user's groups, claims it and completes it (Flowable checks no authorizations). */
  private void completeAs(String user, String processInstanceId, String taskKey, Object... keyValues) {
    List<String> groups = groupsOf.computeIfAbsent(user, this::groups);
    flowable.getIdentityService().setAuthenticatedUserId(user);
    try {
      Task task = flowable.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(taskKey).taskCandidateGroupIn(groups).listPage(0, 1).stream().findFirst()
          .orElseThrow(() -> new IllegalStateException(user + " " + groups + " sees no task " + taskKey + " in "
              + processInstanceId));
      flowable.getTaskService().claim(task.getId(), user);
      Map<String, Object> values = new HashMap<>();
      for (int i = 0; i < keyValues.length; i += 2) {
        values.put((String) keyValues[i], keyValues[i + 1]);
      }
      gridgovTransaction.executeWithoutResult(status -> flowable.getTaskService().complete(task.getId(), values));
    } finally {
      flowable.getIdentityService().setAuthenticatedUserId(null);
    }
  }

  /** The feedback notice (async before 反馈上报人), run inline as CaseChain does with Camunda's job. */
  private void runDueJobs(String processInstanceId) {
    List<Job> due;
    while (!(due = flowable.getManagementService().createJobQuery().processInstanceId(processInstanceId).messages()
        .list()).isEmpty()) {
      for (Job job : due) {
        gridgovTransaction.executeWithoutResult(status -> flowable.getManagementService().executeJob(job.getId()));
      }
    }
  }

  private List<String> groups(String user) {
    return gridgovIdentity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }
}
