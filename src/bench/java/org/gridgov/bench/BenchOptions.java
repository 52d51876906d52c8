package org.gridgov.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line of the runner: a size ({@code quick} or {@code full}) followed by {@code key=value}
 * overrides, e.g. {@code quick benchmarks=sql,chain databases=h2 runs=3 timers=2000}.
 */
record BenchOptions(String size, List<String> benchmarks, List<String> databases, int runs, int threads,
    int seconds, int steadySeconds, int timers, int sparseTimers, int sparseWindowSeconds, int openTasks,
    int historicCases, int queryRepetitions, int listTimeoutSeconds, String mariadbUrl, boolean untuned) {

  static final List<String> ALL = List.of("sql", "intake", "chain", "floor", "jobs", "tasklist", "peers");

  static BenchOptions parse(String[] args) {
    String size = args.length > 0 && !args[0].contains("=") ? args[0] : "quick";
    boolean full = size.equals("full");
    Map<String, String> given = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq > 0) {
        given.put(arg.substring(0, eq), arg.substring(eq + 1));
      } else if (!arg.equals(size)) {
        throw new IllegalArgumentException("unknown argument " + arg + " (expected quick|full and key=value)");
      }
    }
    BenchOptions options = new BenchOptions(size,
        list(given.remove("benchmarks"), String.join(",", ALL)),
        // quick stays under 5 minutes on H2 alone; full measures both databases
        list(given.remove("databases"), full ? "h2,mariadb" : "h2"),
        integer(given.remove("runs"), 3),
        integer(given.remove("threads"), 4),
        integer(given.remove("seconds"), full ? 5 : 2),
        integer(given.remove("steadySeconds"), full ? 30 : 10),
        integer(given.remove("timers"), full ? 10_000 : 500),
        integer(given.remove("sparseTimers"), full ? 5 : 3),
        integer(given.remove("sparseWindowSeconds"), full ? 30 : 10),
        integer(given.remove("openTasks"), full ? 10_000 : 1_000),
        integer(given.remove("historicCases"), full ? 50_000 : 2_000),
        integer(given.remove("queryRepetitions"), full ? 100 : 20),
        // a task list slower than this is stopped by the database and reported as stopped
        integer(given.remove("listTimeout"), 60),
        given.getOrDefault("mariadbUrl", "jdbc:mysql://127.0.0.1:3306/"),
        // untuned=false: GridGov as shipped only (e.g. the task lists with a million closed cases)
        Boolean.parseBoolean(given.getOrDefault("untuned", "true")));
    given.remove("mariadbUrl");
    given.remove("untuned");
    if (!given.isEmpty()) {
      throw new IllegalArgumentException("unknown options " + given.keySet());
    }
    for (String b : options.benchmarks) {
      if (!ALL.contains(b)) {
        throw new IllegalArgumentException("unknown benchmark " + b + "; known: " + ALL);
      }
    }
    return options;
  }

  boolean wants(String benchmark) {
    return benchmarks.contains(benchmark);
  }

  private static List<String> list(String value, String fallback) {
    return Arrays.stream((value == null ? fallback : value).split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .toList();
  }

  private static int integer(String value, int fallback) {
    return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
  }
}
