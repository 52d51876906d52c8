package org.gridgov.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Benchmark 5: escalation timers drained by the job executor. Instances of a one-timer model wait
 * at a timer created far in the future (as escalation deadlines are created days ahead); then
 * their due dates are moved in the database — all to one moment (dense) or spread over a window
 * (sparse) — and the job executor, idle until then, has to find and fire them. A Java delegate
 * behind the timer (as {@code escalateCase} is behind a rung deadline) records how late it fired.
 */
final class TimerBenchmark {

  static final String PROCESS_KEY = "benchEscalation";

  private final BenchContext ctx;
  private final BenchOptions options;
  private final Map<String, Long> dueOf = new ConcurrentHashMap<>();
  private final AtomicInteger fired = new AtomicInteger();
  private final AtomicLong lastFired = new AtomicLong();
  private volatile Recorder lateness = Measure.recorder();

  TimerBenchmark(BenchContext ctx, BenchOptions options) {
    this.ctx = ctx;
    this.options = options;
    ctx.spring.getBeanFactory().registerSingleton("benchTimerProbe", (JavaDelegate) this::fired);
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).name("压测：升级时限").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Seeded").name("已建")
        .intermediateCatchEvent("TimerEvent_Due").name("时限届满").timerWithDate("${due}")
        .serviceTask("Task_Escalate").name("升级").camundaDelegateExpression("${benchTimerProbe}")
        .endEvent("EndEvent_Escalated").name("已升级").done();
    ctx.engine.getRepositoryService().createDeployment().name("bench").addModelInstance("bench-escalation.bpmn", model)
        .deploy();
  }

  private void fired(DelegateExecution execution) {
    long now = System.currentTimeMillis();
    Long due = dueOf.get(execution.getProcessInstanceId());
    if (due != null) {
      lateness.recordValue(Math.max(0, now - due) * 1_000_000L);
      lastFired.accumulateAndGet(now, Math::max);
      fired.incrementAndGet();
    }
  }

  Report.Table run() throws Exception {
    Table t = new Table("jobs", "5. Job executor: escalation timers", ctx, "timers", "fired", "seed s",
        "drained in s", "jobs/s", "late p50 ms", "late p99 ms", "late max ms", "all within 60 s",
        "acq. conflicts", "rejected", "failed");
    dense(t);
    sparse(t);
    t.note("dense: all due at the same second; sparse: spread evenly over " + options.sparseWindowSeconds()
        + " s with the executor idle between them; lateness = delegate start - due date (MySQL keeps whole seconds)");
    t.note("a drain stops 63 s after the due moment (dense) or the window + 70 s (sparse): timers not fired by then count as missed");
    t.note("acq. conflicts = job-acquired-failure (optimistic locking while acquiring), rejected = "
        + "job-execution-rejected, failed = job-failed (engine metrics)");
    return t.build();
  }

  private void dense(Table t) throws Exception {
    int n = options.timers();
    long seedStart = System.nanoTime();
    List<String> instances = seed(n);
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    long[] before = idleExecutor();
    long due = wholeSecond(System.currentTimeMillis() + 3_000);
    moveDue(instances, i -> due);
    Drain d = drain(n, due, 63, before);
    t.row("dense", d.fired + " of " + n, seedSeconds, d.seconds, d.fired / d.seconds, Measure.ms(d.lateness, 50),
        Measure.ms(d.lateness, 99), Measure.maxMs(d.lateness), d.fired == n && d.seconds <= 60 ? "yes" : "NO",
        d.conflicts, d.rejected, d.failed);
  }

  private void sparse(Table t) throws Exception {
    int n = options.sparseTimers();
    long seedStart = System.nanoTime();
    List<String> instances = seed(n);
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    long[] before = idleExecutor();
    long first = System.currentTimeMillis();
    long gap = options.sparseWindowSeconds() * 1000L / n;
    moveDue(instances, i -> wholeSecond(first + (i + 1) * gap));
    Drain d = drain(n, first, options.sparseWindowSeconds() + 70, before);
    t.row("sparse", d.fired + " of " + n, seedSeconds, d.seconds, Double.NaN, Measure.ms(d.lateness, 50), Measure.ms(d.lateness, 99),
        Measure.maxMs(d.lateness), "-", d.conflicts, d.rejected, d.failed);
  }

  private List<String> seed(int n) {
    dueOf.clear();
    fired.set(0);
    lastFired.set(0);
    lateness = Measure.recorder();
    Date farAway = new Date(System.currentTimeMillis() + 365L * 24 * 3600 * 1000);
    List<String> ids = new ArrayList<>(n);
    IntStream.range(0, n).parallel().mapToObj(i -> ctx.engine.getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, Map.of("due", farAway)).getId()).forEachOrdered(ids::add);
    return ids;
  }

  private void moveDue(List<String> instances, java.util.function.IntToLongFunction due) throws SQLException {
    try (Connection c = ctx.dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_INSTANCE_ID_ = ?")) {
      c.setAutoCommit(false);
      for (int i = 0; i < instances.size(); i++) {
        long at = due.applyAsLong(i);
        dueOf.put(instances.get(i), at);
        ps.setTimestamp(1, new Timestamp(at));
        ps.setString(2, instances.get(i));
        ps.addBatch();
        if (i % 1000 == 999) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      c.commit();
    }
  }

  private record Drain(int fired, double seconds, Histogram lateness, long conflicts, long rejected, long failed) {
  }

  /** Starts the job executor and lets it find nothing for a while, as it does between escalations. */
  private long[] idleExecutor() throws InterruptedException {
    long[] before = metrics();
    ctx.engineConfiguration.getJobExecutor().start();
    Thread.sleep(5_000);
    return before;
  }

  private Drain drain(int n, long firstDue, int timeoutSeconds, long[] before) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
    while (fired.get() < n && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    ctx.engineConfiguration.getJobExecutor().shutdown();
    long[] after = metrics();
    double seconds = Math.max(0.001, (lastFired.get() - firstDue) / 1000.0);
    return new Drain(fired.get(), seconds, lateness.getIntervalHistogram(), after[0] - before[0],
        after[1] - before[1], after[2] - before[2]);
  }

  private long[] metrics() {
    ctx.engineConfiguration.getDbMetricsReporter().reportNow();
    var management = ctx.engine.getManagementService();
    return new long[] {
        management.createMetricsQuery().name(Metrics.JOB_ACQUIRED_FAILURE).sum(),
        management.createMetricsQuery().name(Metrics.JOB_EXECUTION_REJECTED).sum(),
        management.createMetricsQuery().name(Metrics.JOB_FAILED).sum()};
  }

  private static long wholeSecond(long millis) {
    return millis - millis % 1000;
  }
}
