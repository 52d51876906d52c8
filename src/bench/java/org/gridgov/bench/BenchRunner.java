package org.gridgov.bench;

import java.io.File;
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

  private void runOn(String database) throws Exception {
    ChainBenchmarks.Results tuned = new ChainBenchmarks.Results();
    boolean needsChain = options.wants("sql") || options.wants("intake") || options.wants("chain")
        || options.wants("floor") || options.wants("peers");
    try (BenchContext ctx = BenchContext.start(database, "tuned", options)) {
      if (needsChain) {
        ChainBenchmarks chain = new ChainBenchmarks(ctx, options);
        Map<Step, Tally> tallies = chain.sql();
        if (options.wants("sql")) {
          report.add(chain.sqlTable(tallies));
          report.add(chain.sqlPerTable(tallies));
        }
        chain.warmUp();
        // the chain first: intake leaves its cases open, and every open case of the category makes the
        // duplicate check of the next report longer (see docs/benchmarks.md)
        if (options.wants("chain") || options.wants("floor") || options.wants("peers")) {
          guarded("chain", () -> chain.chain(tuned).forEach(report::add));
        }
        if (options.wants("intake") || options.wants("floor")) {
          guarded("intake", () -> report.add(chain.intake(tuned)));
        }
        if (options.wants("floor")) {
          guarded("floor", () -> report.add(chain.floor(tallies, tuned)));
        }
      }
      if (options.wants("jobs")) {
        guarded("jobs", () -> report.add(new TimerBenchmark(ctx, options).run()));
      }
      if (options.wants("tasklist")) {
        guarded("tasklist", () -> report.add(new TasklistBenchmark(ctx, options).run()));
      }
    }
    if (options.wants("peers") || options.wants("jobs") || options.wants("tasklist")) {
      try (BenchContext ctx = BenchContext.start(database, "untuned", options)) {
        if (options.wants("peers")) {
          guarded("peers", () -> report.add(peers(ctx, tuned)));
        }
        if (options.wants("jobs")) {
          guarded("jobs", () -> report.add(new TimerBenchmark(ctx, options).run()));
        }
        if (options.wants("tasklist")) {
          guarded("tasklist", () -> report.add(new TasklistBenchmark(ctx, options).run()));
        }
      }
    }
  }

  private Report.Table peers(BenchContext untunedCtx, ChainBenchmarks.Results tuned) throws Exception {
    ChainBenchmarks chain = new ChainBenchmarks(untunedCtx, options);
    chain.warmUp();
    ChainBenchmarks.Results untuned = new ChainBenchmarks.Results();
    chain.chain(untuned).forEach(report::add);
    Table t = new Table("peers", "7. Peers: the same chain, ratio to GridGov tuned", untunedCtx, "engine",
        "configuration", "cases/s (median)", "ratio to tuned");
    t.row("GridGov (Camunda 7.24)", "tuned: application.yml", tuned.chainPerSecond, 1.0);
    t.row("Camunda 7.24", "untuned: starter and driver defaults", untuned.chainPerSecond,
        untuned.chainPerSecond / tuned.chainPerSecond);
    t.row("Flowable 7.1.0", "not run", Double.NaN, Double.NaN);
    t.note("untuned resets: " + BenchContext.CAMUNDA_DEFAULTS + (untunedCtx.database.equals("h2")
        ? " and the H2 URL options of application.yml" : " and " + BenchContext.MYSQL_DRIVER_DEFAULTS));
    t.note("Flowable not measured: the model's delegates are Camunda JavaDelegates and the chain uses Camunda's "
        + "identity/authorization APIs; a faithful port was out of this change's time box");
    return t.build();
  }

  interface Work {
    void run() throws Exception;
  }

  /** A failing benchmark is reported and the run goes on with the next one. */
  private static void guarded(String name, Work work) {
    try {
      work.run();
    } catch (Exception | AssertionError e) {
      System.err.println("benchmark " + name + " failed: " + e);
      e.printStackTrace();
    }
  }
}
