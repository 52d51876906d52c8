package org.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cases.CaseVariables.Elements.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.gridgov.evaluation.EvaluationRejectedException;
import org.gridgov.evaluation.EvaluationService;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.IntakeReceipt;
import org.gridgov.intake.ReportInProgressException;
import org.gridgov.intake.ResidentReport;
import org.gridgov.notification.NotificationMapper;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several people acting on one case at the same moment, on real threads: nothing runs twice,
 * nothing is lost, and whoever loses a race is told clearly.
 */
@GridGovSpringTest
class CaseConcurrencyTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseIntakeService intake;
  @Autowired
  EvaluationService evaluation;
  @Autowired
  CaseReadModel readModel;
  @Autowired
  CaseNumberGenerator numbers;
  @Autowired
  NotificationMapper outbox;

  CaseScenarioSteps steps;
  ExecutorService threads;

  @BeforeEach
  void setUp() {
    steps = new CaseScenarioSteps(engine, intake);
    threads = Executors.newFixedThreadPool(16);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Test
  void twoEvaluationsAtTheSameMomentAreTakenOnce() throws Exception {
    ProcessInstance pi = steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL");
    String caseNo = pi.getBusinessKey();
    steps.complete(pi, TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "HANDLE");
    steps.complete(pi, TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote", "已清运");
    steps.complete(pi, TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "ACCEPTED");
    steps.runDueJobs(pi);

    List<Object> outcomes = race(
        () -> { evaluation.evaluate(caseNo, "SATISFIED", "第一次"); return "ok"; },
        () -> { evaluation.evaluate(caseNo, "UNSATISFIED", "第二次"); return "ok"; });

    assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof EvaluationRejectedException).singleElement()
        .satisfies(e -> assertThat(((EvaluationRejectedException) e).reason())
            .isEqualTo(EvaluationRejectedException.Reason.ALREADY_EVALUATED));
    CaseRecord record = readModel.get(caseNo);
    assertThat(record.getSatisfaction()).isIn(Satisfaction.SATISFIED, Satisfaction.UNSATISFIED);
    assertThat(readModel.timeline(caseNo)).filteredOn(e -> e.getEventType().equals("EVALUATED")).hasSize(1);
    assertThat(outbox.findByReference(caseNo)).filteredOn(n -> n.getTemplateCode().equals("CASE_FEEDBACK")).hasSize(1);
  }

  @Test
  void departmentsCompletingTogetherLoseNoResult() throws Exception {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    steps.complete(pi, TASK_DISPATCH, "dispatcher1", "leadDepartmentId", "dept-sthj",
        "coDepartmentIds", SpinValues.jsonValue("[\"dept-cgj\",\"dept-gaj\"]").create());
    List<Task> departments = steps.tasks(pi, TASK_HANDLE_BY_DEPARTMENT);
    assertThat(departments).hasSize(3);

    List<Callable<Object>> completions = new ArrayList<>();
    for (Task task : departments) {
      completions.add(() -> completeRetryingOnConflict(task));
    }
    List<Object> outcomes = race(completions.toArray(Callable[]::new));

    assertThat(outcomes).containsOnly("ok");
    assertThat(steps.tasks(pi, TASK_CONSOLIDATE_REPLY)).hasSize(1);
    assertThat(readModel.timeline(pi.getBusinessKey())).filteredOn(e -> e.getEventType().equals("DEPARTMENT_RESULT"))
        .hasSize(3);
  }

  @Test
  void caseNumbersDrawnAtTheSameMomentAreAllDifferent() throws Exception {
    List<Callable<Object>> draws = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      draws.add(numbers::next);
    }
    List<Object> drawn = race(draws.toArray(Callable[]::new));

    Set<Object> distinct = new HashSet<>(drawn);
    assertThat(distinct).hasSize(12).allSatisfy(n -> assertThat((String) n).matches("GG-\\d{8}-\\d{6}"));
  }

  @Test
  void theSameIdempotencyKeyAtTheSameMomentMakesOneCase() throws Exception {
    String key = "test-" + java.util.UUID.randomUUID();
    ResidentReport report = new ResidentReport("ENV_GARBAGE", "NORMAL", "垃圾没人清运", CaseScenarioSteps.uniqueAddress(),
        null, null, null, "13800009999", "APP", key);

    List<Object> receipts = race(() -> intake.report(report), () -> intake.report(report), () -> intake.report(report));

    // each answer is the one case, or "still being filed, retry" when the database's lock wait ran out first
    assertThat(receipts).allSatisfy(r -> assertThat(r).isInstanceOfAny(IntakeReceipt.class,
        ReportInProgressException.class));
    List<String> caseNos = receipts.stream().filter(r -> r instanceof IntakeReceipt)
        .map(r -> ((IntakeReceipt) r).caseNo()).distinct().toList();
    assertThat(caseNos).hasSize(1);
    String caseNo = caseNos.get(0);
    assertThat(intake.report(report).caseNo()).isEqualTo(caseNo);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count())
        .isEqualTo(1);
  }

  /**
   * Completes a department task as Tasklist's user would: a lost optimistic-locking race, or on
   * MySQL/MariaDB a deadlock between the joining completions (the engine marks it with error code
   * DEADLOCK), rolls back whole, so it is simply done again.
   */
  private Object completeRetryingOnConflict(Task task) {
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        if (attempt == 0) {
          engine.getTaskService().claim(task.getId(), "dept1");
        }
        engine.getTaskService().complete(task.getId(), CaseScenarioSteps.values(
            "departmentOutcome", "RESULT", "departmentNote", "本部门已办理完毕"));
        return "ok";
      } catch (OptimisticLockingException conflict) {
        // the whole completion was rolled back; try again
      } catch (ProcessEngineException e) {
        if (e.getCode() != BuiltinExceptionCode.DEADLOCK.getCode()) {
          throw e;
        }
      }
    }
    return "gave up";
  }

  /** Runs the actions on separate threads, released together, and collects results or exceptions. */
  @SafeVarargs
  private List<Object> race(Callable<Object>... actions) throws Exception {
    CyclicBarrier start = new CyclicBarrier(actions.length);
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<Object> action : actions) {
      futures.add(threads.submit(() -> {
        start.await(30, TimeUnit.SECONDS);
        try {
          return action.call();
        } catch (RuntimeException e) {
          return e;
        }
      }));
    }
    List<Object> results = new ArrayList<>();
    for (Future<Object> future : futures) {
      results.add(future.get(120, TimeUnit.SECONDS));
    }
    return results;
  }
}
