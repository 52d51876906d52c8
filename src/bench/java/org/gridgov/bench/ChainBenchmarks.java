package org.gridgov.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridgov.bench.CaseChain.Step;
import org.gridgov.bench.SqlCounter.Tally;
import org.gridgov.cases.CaseVariables;

/** Benchmarks 1-4 and 7: SQL per step, intake, the full chain, the raw-JDBC floor, tuned vs untuned. */
final class ChainBenchmarks {

  private final BenchContext ctx;
  private final BenchOptions options;
  private final CaseChain chain;

  ChainBenchmarks(BenchContext ctx, BenchOptions options) {
    this.ctx = ctx;
    this.options = options;
    this.chain = new CaseChain(ctx.engine, ctx.intake);
  }

  /** Fills the engine's caches and lets the JIT compile the hot paths. */
  void warmUp() throws InterruptedException {
    chain.runAll();
    Load.closed(options.threads(), Math.max(5, 2.0 * options.seconds()), chain::runAll);
  }

  /** Measured on a second case, as SqlPerStepTest does: the first fills caches and the day's case counter. */
  Map<Step, Tally> sql() {
    chain.runAll();
    return SqlPerStep.measure(chain);
  }

  Report.Table sqlTable(Map<Step, Tally> tallies) {
    return sqlTable("sql", "1. SQL per step of the case chain", tallies)
        .note("chain: resident report (POLLUTE_NOISE) -> township dispatch -> 2 departments + consolidated reply -> "
            + "grid checks the result -> feedback job + follow-up call; staff act through the Java API as themselves "
            + "(authorizations on); counts are the same on every run (SqlPerStepTest keeps them as a regression check)")
        .build();
  }

  /** Statements, round trips and operations per step, and the whole case. */
  Table sqlTable(String benchmark, String title, Map<Step, Tally> tallies) {
    Table t = new Table(benchmark, title, ctx, "step", "statements", "round trips",
        "selects", "inserts", "updates", "deletes");
    tallies.forEach((step, tally) -> t.row(step.label(), tally.statements(), tally.roundTrips(),
        sum(tally, "SELECT"), sum(tally, "INSERT"), sum(tally, "UPDATE"), sum(tally, "DELETE")));
    t.row("whole case", tallies.values().stream().mapToInt(Tally::statements).sum(),
        tallies.values().stream().mapToInt(Tally::roundTrips).sum(), all(tallies, "SELECT"), all(tallies, "INSERT"),
        all(tallies, "UPDATE"), all(tallies, "DELETE"));
    return t;
  }

  /** The same counts per table: one row per operation and table, one column per step. */
  Report.Table sqlPerTable(Map<Step, Tally> tallies) {
    return sqlPerTable("sql", "1b. SQL per step and table", tallies).build();
  }

  Table sqlPerTable(String benchmark, String title, Map<Step, Tally> tallies) {
    List<String> columns = new ArrayList<>(List.of("operation table"));
    tallies.keySet().forEach(step -> columns.add(step.label()));
    columns.add("whole case");
    Table t = new Table(benchmark, title, ctx, columns.toArray(String[]::new));
    java.util.Set<String> keys = new java.util.TreeSet<>();
    tallies.values().forEach(tally -> keys.addAll(tally.perTable().keySet()));
    for (String key : keys) {
      List<Object> row = new ArrayList<>(List.of(key));
      int total = 0;
      for (Tally tally : tallies.values()) {
        int n = tally.perTable().getOrDefault(key, 0);
        row.add(n == 0 ? "" : n);
        total += n;
      }
      row.add(total);
      t.row(row.toArray());
    }
    return t;
  }

  private static int sum(Tally tally, String operation) {
    return tally.perTable().entrySet().stream().filter(e -> e.getKey().startsWith(operation))
        .mapToInt(Map.Entry::getValue).sum();
  }

  private static int all(Map<Step, Tally> tallies, String operation) {
    return tallies.values().stream().mapToInt(t -> sum(t, operation)).sum();
  }

  /**
   * Benchmark 2: cases/s from report to first wait state, at saturation and at a fixed offered rate,
   * through the residents' REST endpoint and through the service behind it (the engine's share,
   * which the raw-JDBC floor compares with).
   */
  Report.Table intake(Results results) throws InterruptedException {
    long openBefore = openCases();
    RestIntake rest = new RestIntake(ctx.port());
    Load.closed(options.threads(), 2, rest::report);
    Series overRest = series(rest::report);
    Series service = series(chain::intake);
    results.intakePerSecond = service.saturated.perSecond();
    Table t = new Table("intake", "2. Intake: resident report to first wait state", ctx, "load", "offered/s",
        "cases/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "opt. locking", "JVM CPU %", "driver CPU s",
        "generator CPU s");
    row(t, "REST POST /api/v1/reports, saturation (" + options.threads() + " clients, closed loop)", "max",
        overRest.saturated);
    row(t, "REST, fixed rate (open loop, 50% of saturation)", overRest.rate, overRest.fixed);
    row(t, "service call CaseIntakeService.report, saturation", "max", service.saturated);
    row(t, "service call, fixed rate (open loop, 50% of saturation)", service.rate, service.fixed);
    t.note("median of " + options.runs() + " runs of " + options.seconds() + " s after warm-up; all runs cases/s: REST "
        + overRest.runs() + ", service " + service.runs());
    t.note("REST: java.net.http client on the same machine, JSON body and an Idempotency-Key per report, 201 "
        + "expected (anything else is an error); the residents' rate limits are lifted for the one load generator");
    t.note("open cases (all " + CaseChain.CATEGORY + ", none at the same address): " + openBefore
        + " before the first run, " + openCases() + " after the last");
    t.note("driver CPU = CPU of the threads that call GridGov (service call: they run the engine's work too; REST: "
        + "only the HTTP client, Tomcat's threads do the work); generator CPU = the open-loop scheduler thread alone");
    return t.build();
  }

  private record Series(Load.Result saturated, double rate, Load.Result fixed, List<Load.Result> all) {
    List<String> runs() {
      return all.stream().map(r -> Report.cell(r.perSecond())).toList();
    }
  }

  private Series series(Runnable operation) throws InterruptedException {
    List<Load.Result> saturated = new ArrayList<>();
    for (int i = 0; i < options.runs(); i++) {
      saturated.add(Load.closed(options.threads(), options.seconds(), operation));
    }
    Load.Result sat = Measure.medianRun(saturated, Load.Result::perSecond);
    double rate = Math.max(1, Math.floor(sat.perSecond() * 0.5));
    List<Load.Result> fixed = new ArrayList<>();
    for (int i = 0; i < options.runs(); i++) {
      fixed.add(Load.open(rate, options.seconds(), options.threads() * 2, 1, operation));
    }
    return new Series(sat, rate, Measure.medianRun(fixed, r -> Measure.ms(r.latency(), 99)), saturated);
  }

  /**
   * Deletes the cases the intake benchmark left open (thousands, waiting at dispatch, in this
   * context only), skipping GridGov's listeners: the timers and task lists that follow must find the
   * same tables in the tuned and the untuned context, or a list shows the other's leftovers, not its
   * configuration. Answers how many were deleted.
   */
  int removeOpenCases() {
    RuntimeService runtime = ctx.engine.getRuntimeService();
    List<String> open = runtime.createProcessInstanceQuery().processDefinitionKey(CaseVariables.PROCESS_KEY).list()
        .stream().map(ProcessInstance::getId).toList();
    for (int from = 0; from < open.size(); from += 200) {
      runtime.deleteProcessInstances(open.subList(from, Math.min(open.size(), from + 200)), "benchmark clean-up",
          true, true, true);
    }
    return open.size();
  }

  /** Benchmark 3: the whole chain at saturation, then at a steady rate with its backlog over time. */
  List<Report.Table> chain(Results results) throws InterruptedException {
    return chain(results, null, null);
  }

  /**
   * The chain here and, if given, on another context (the untuned peer), their saturation runs taking
   * turns, so that the machine's ups and downs and the JIT's warming touch both alike.
   */
  List<Report.Table> chain(Results results, ChainBenchmarks peer, Results peerResults) throws InterruptedException {
    List<Load.Result> saturated = new ArrayList<>();
    List<Load.Result> peerSaturated = new ArrayList<>();
    for (int i = 0; i < options.runs(); i++) {
      saturated.add(Load.closed(options.threads(), options.seconds(), chain::runAll));
      if (peer != null) {
        peerSaturated.add(Load.closed(options.threads(), options.seconds(), peer.chain::runAll));
      }
    }
    List<Report.Table> tables = new ArrayList<>(List.of(chainTable(results, saturated, peer != null)));
    if (peer != null) {
      tables.add(peer.chainTable(peerResults, peerSaturated, true));
    }
    return tables;
  }

  private Report.Table chainTable(Results results, List<Load.Result> saturated, boolean tookTurns)
      throws InterruptedException {
    Load.Result sat = Measure.medianRun(saturated, Load.Result::perSecond);
    results.chainPerSecond = sat.perSecond();
    results.chainRuns = saturated.stream().map(Load.Result::perSecond).toList();
    double rate = Math.max(0.5, Math.floor(sat.perSecond() * 0.7 * 2) / 2);
    Load.Result steady = Load.open(rate, options.steadySeconds(), options.threads(), 10, chain::runAll);
    Table t = new Table("chain", "3. Full chain end to end (report to closed case)", ctx, "load", "offered/s",
        "cases/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "opt. locking", "JVM CPU %", "driver CPU s",
        "generator CPU s");
    row(t, "saturation (" + options.threads() + " threads, closed loop)", "max", sat);
    row(t, "steady " + options.steadySeconds() + " s (open loop, 70% of saturation)", rate, steady);
    t.note("latency = time-to-close of one case (all staff steps back to back); open loop counts from the "
        + "scheduled start (coordinated omission corrected)");
    t.note("backlog (cases started, not closed) every 10 s of the steady run: " + steady.backlog()
        + (flat(steady.backlog()) ? " - flat" : " - GROWING"));
    t.note("median of " + options.runs() + " runs of " + options.seconds() + " s; all runs cases/s: "
        + results.chainRuns.stream().map(Report::cell).toList()
        + (tookTurns ? "; tuned and untuned runs take turns, both contexts running side by side" : ""));
    return t.build();
  }

  private long openCases() {
    return ctx.engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("caseHandling").count();
  }

  private static boolean flat(List<Long> backlog) {
    if (backlog.size() < 2) {
      return true;
    }
    long max = backlog.stream().mapToLong(Long::longValue).max().orElse(0);
    return max <= Math.max(8, 2 * backlog.get(0)) && backlog.get(backlog.size() - 1) <= Math.max(8, 2 * backlog
        .get(0));
  }

  /** Benchmark 4: the rows each step writes, in plain JDBC, one transaction per step. */
  Report.Table floor(Map<Step, Tally> tallies, Results results) throws Exception {
    RawJdbcFloor floor = new RawJdbcFloor(ctx.dataSource, tallies);
    floor.createTables();
    Load.closed(options.threads(), 2, () -> floor.step(Step.INTAKE));
    List<Load.Result> intakeRuns = new ArrayList<>();
    List<Load.Result> chainRuns = new ArrayList<>();
    for (int i = 0; i < options.runs(); i++) {
      intakeRuns.add(Load.closed(options.threads(), options.seconds(), () -> floor.step(Step.INTAKE)));
      chainRuns.add(Load.closed(options.threads(), options.seconds(), floor::wholeCase));
    }
    Load.Result intake = Measure.medianRun(intakeRuns, Load.Result::perSecond);
    Load.Result whole = Measure.medianRun(chainRuns, Load.Result::perSecond);
    Table t = new Table("floor", "4. Raw-JDBC floor: the same rows, plain JDBC, one transaction per step", ctx,
        "what", "rows written", "floor tx/s", "engine /s", "engine / floor", "floor p99 ms");
    t.row("intake", floor.rows(Step.INTAKE), intake.perSecond(), results.intakePerSecond,
        results.intakePerSecond / intake.perSecond(), Measure.ms(intake.latency(), 99));
    t.row("whole case (5 transactions)", floor.rowsWholeCase(), whole.perSecond(), results.chainPerSecond,
        results.chainPerSecond / whole.perSecond(), Measure.ms(whole.latency(), 99));
    t.note("floor tables bench_floor_<engine table> (id, ref, text, number, timestamp, payload); inserts batched "
        + "per table, updates and deletes by primary key; the engine's reads are not in the floor");
    t.note(options.threads() + " threads, median of " + options.runs() + " runs of " + options.seconds() + " s");
    floor.dropTables();
    return t.build();
  }

  private static void row(Table t, String load, Object offered, Load.Result r) {
    Histogram h = r.latency();
    t.row(load, offered, r.perSecond(), Measure.ms(h, 50), Measure.ms(h, 95), Measure.ms(h, 99), Measure.maxMs(h),
        r.errors(), r.optimisticLocking(), r.cpuShare() * 100, r.driverCpuSeconds(), r.generatorCpuSeconds());
  }

  /** Figures one benchmark hands to the next (floor ratios, peer ratios). */
  static final class Results {
    double intakePerSecond = Double.NaN;
    double chainPerSecond = Double.NaN;
    List<Double> chainRuns = List.of();
  }
}
