package org.gridgov.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridgov.bench.CaseChain.Step;
import org.gridgov.bench.SqlCounter.Tally;

/**
 * Runs the GridGov benchmark suite (docs/benchmarks.md):
 * {@code ./mvnw -B -Pbench -DskipTests test-compile exec:exec -Dbench.args="full"}.
 * Arguments: {@code quick|full} and overrides such as {@code benchmarks=sql,chain databases=h2 runs=5}.
 * Each database gets GridGov as shipped ("tuned") and, for the peer and timer comparisons, the
 * same application with Camunda's defaults ("untuned"), each on a fresh database.
 */
public final class BenchRunner {

  /** Every difference in work between the Flowable peer and the Camunda runs (docs/benchmarks.md). */
  private static final List<String> FLOWABLE_DIFFERENCES = List.of(
      "Flowable model: generated at run time from processes/case-handling.bpmn by FlowableModel (namespace, "
          + "asyncBefore -> async, formRef -> formKey, inputOutput -> start listener; list in its class comment)",
      "Flowable work: GridGov's own delegate and listener beans of the running GridGov, wrapped by FlowableAdapters; "
          + "intake through CaseIntakeService.report(report, starter): the same checks, case number, gov_case and "
          + "reporter rows, then Flowable's process start instead of Camunda's",
      "Flowable transactions: each Flowable command runs inside a GridGov transaction, so a step commits twice "
          + "(Flowable's database, then GridGov's gov_ writes) where Camunda commits once; the two are not atomic",
      "Flowable DMN: caseRouting and escalationPolicy are evaluated inside GridGov's beans by GridGov's Camunda "
          + "DecisionService, with Camunda's decision history in GridGov's database, as in the Camunda runs; "
          + "Flowable itself keeps no decision history",
      "Flowable has no authorization checks: staff find tasks by candidate group only (Camunda runs with "
          + "authorizations on: every query and completion is checked and every task gets its authorizations)",
      "Flowable variables: coDepartmentIds in Flowable's JSON type; handlingDepartmentIds (a list) in Flowable's "
          + "default Java serialization, where Camunda stores it as JSON (defaultSerializationFormat)",
      "Flowable 7.1.0 runs on MyBatis 3.5.15 here (Camunda's; Flowable is built with 3.5.16)");

  private final BenchOptions options;
  private final Report report;

  private BenchRunner(BenchOptions options, String command) {
    this.options = options;
    this.report = new Report(command);
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    BenchRunner runner = new BenchRunner(options, String.join(" ", args));
    long start = System.nanoTime();
    runner.report.header();
    for (String database : options.databases()) {
      runner.runOn(database);
    }
    File json = runner.report.write();
    System.out.printf("%nfinished in %.1f min; JSON: %s%n", (System.nanoTime() - start) / 6e10, json.getPath());
    System.exit(0);
  }

  /**
   * Both configurations run side by side on fresh databases of one kind: the tuned one (GridGov as
   * shipped) for every benchmark, the untuned one (Camunda's defaults) for the comparisons.
   */
  private void runOn(String database) throws Exception {
    ChainBenchmarks.Results tuned = new ChainBenchmarks.Results();
    ChainBenchmarks.Results untuned = new ChainBenchmarks.Results();
    boolean needsChain = options.wants("sql") || options.wants("intake") || options.wants("chain")
        || options.wants("floor") || options.wants("peers");
    boolean needsUntuned = options.untuned()
        && (options.wants("peers") || options.wants("jobs") || options.wants("tasklist"));
    long starting = System.nanoTime();
    try (BenchContext ctx = BenchContext.start(database, "tuned", options);
        BenchContext untunedCtx = needsUntuned ? BenchContext.start(database, "untuned", options) : null) {
      report.took(database + ": starting GridGov (" + (needsUntuned ? "tuned and untuned" : "tuned") + ")",
          (System.nanoTime() - starting) / 1e9);
      if (needsChain) {
        ChainBenchmarks chain = new ChainBenchmarks(ctx, options);
        long counting = System.nanoTime();
        Map<Step, Tally> tallies = chain.sql();
        if (options.wants("sql")) {
          report.add(chain.sqlTable(tallies));
          report.add(chain.sqlPerTable(tallies));
        }
        chain.warmUp();
        report.took(database + ": SQL counts and warm-up (tuned)", (System.nanoTime() - counting) / 1e9);
        ChainBenchmarks untunedChain = needsUntuned && options.wants("peers")
            ? new ChainBenchmarks(untunedCtx, options) : null;
        if (untunedChain != null) {
          untunedChain.warmUp();
        }
        // the chain first: intake leaves its cases open (deleted after it), which the chain need not see
        if (options.wants("chain") || options.wants("floor") || options.wants("peers")) {
          guarded(database + ": chain (tuned and untuned taking turns)",
              () -> chain.chain(tuned, untunedChain, untuned).forEach(report::add));
        }
        if (options.wants("intake") || options.wants("floor")) {
          guarded(database + ": intake", () -> report.add(chain.intake(tuned)));
          guarded(database + ": deleting the cases intake left open", () -> System.out.println(
              "deleted " + chain.removeOpenCases() + " open cases left by intake"));
        }
        if (options.wants("floor")) {
          guarded(database + ": floor", () -> report.add(chain.floor(tallies, tuned)));
        }
        if (untunedChain != null) {
          guarded(database + ": Flowable peer", () -> peers(untunedCtx, untunedChain, tuned, untuned));
        }
      }
      for (BenchContext each : needsUntuned ? List.of(ctx, untunedCtx) : List.of(ctx)) {
        if (options.wants("jobs")) {
          guarded(each.label() + ": timers", () -> report.add(new TimerBenchmark(each, options).run()));
        }
        if (options.wants("tasklist")) {
          guarded(each.label() + ": task lists", () -> report.add(new TasklistBenchmark(each, options).run()));
        }
      }
    }
  }

  private void peers(BenchContext untunedCtx, ChainBenchmarks chain, ChainBenchmarks.Results tuned,
      ChainBenchmarks.Results untuned) throws Exception {
    Table t = new Table("peers", "7. Peers: the same chain, ratio to GridGov tuned", untunedCtx, "engine",
        "configuration", "cases/s (median)", "ratio to tuned");
    t.row("GridGov (Camunda 7.24)", "tuned: application.yml", tuned.chainPerSecond, 1.0);
    t.row("Camunda 7.24", "untuned: starter and driver defaults", untuned.chainPerSecond,
        untuned.chainPerSecond / tuned.chainPerSecond);
    t.note("untuned resets: " + BenchContext.CAMUNDA_DEFAULTS + (untunedCtx.database.equals("mariadb")
        ? " and " + BenchContext.MYSQL_DRIVER_DEFAULTS : ""));
    Report.Table sql = null;
    try (FlowablePeer flowable = FlowablePeer.start(untunedCtx, options)) {
      String check = flowable.checkAgainst(new CaseChain(untunedCtx.engine, untunedCtx.intake));
      Map<Step, Tally> tallies = flowable.sql();
      List<Load.Result> runs = new ArrayList<>();
      Load.Result median = flowable.measure(options, runs);
      t.row("Flowable " + FlowablePeer.version(), "Flowable defaults, history full",
          median.perSecond(), median.perSecond() / tuned.chainPerSecond);
      t.context("flowable", flowable.describe());
      t.note("Flowable: median of " + options.runs() + " runs of " + options.seconds() + " s on " + options.threads()
          + " threads after the same warm-up as the Camunda runs; all runs cases/s: "
          + runs.stream().map(r -> Report.cell(r.perSecond())).toList() + "; failed cases in all runs: "
          + runs.stream().mapToLong(r -> r.errors() + r.optimisticLocking()).sum());
      t.note("target (issue 7), the full chain ahead of Flowable 7: " + (tuned.chainPerSecond > median.perSecond()
          ? "met" : "MISSED") + " (GridGov tuned " + Report.cell(tuned.chainPerSecond) + " cases/s, Flowable "
          + Report.cell(median.perSecond()) + ")");
      t.note("Flowable " + check);
      FLOWABLE_DIFFERENCES.forEach(t::note);
      sql = chain.sqlTable("peers", "7b. SQL per step of the case chain on the Flowable peer (both databases)",
          tallies).context("flowable", flowable.describe()).note("statements and round trips to Flowable's "
              + "database and GridGov's together (the gov_ tables and Camunda's decision history stay in "
              + "GridGov's); commits of both count as round trips; Flowable's bulk insert sends the new rows of a "
              + "table as one multi-row INSERT, counted as one statement").build();
    } catch (Exception | AssertionError e) {
      System.err.println("Flowable peer failed: " + e);
      e.printStackTrace();
      t.row("Flowable " + FlowablePeer.version(), "failed (see the error output): " + e.getClass().getSimpleName(),
          Double.NaN, Double.NaN);
    }
    report.add(t.build());
    if (sql != null) {
      report.add(sql);
    }
  }

  interface Work {
    void run() throws Exception;
  }

  /** A failing benchmark is reported and the run goes on with the next one; either way its time is recorded. */
  private void guarded(String name, Work work) {
    long start = System.nanoTime();
    try {
      work.run();
    } catch (Exception | AssertionError e) {
      System.err.println("benchmark " + name + " failed: " + e);
      e.printStackTrace();
    } finally {
      report.took(name, (System.nanoTime() - start) / 1e9);
    }
  }
}
