package org.gridgov.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements and JDBC round trips that one thread issues while it records: per
 * table and operation ({@code INSERT ACT_RU_TASK}). Other threads (the job executor, pool
 * housekeeping) are never counted, so a measurement sees exactly the work of the step it wraps.
 */
public final class SqlCounter {

  private static final ThreadLocal<Tally> RECORDING = new ThreadLocal<>();
  private static final Pattern TABLE = Pattern.compile(
      "^(select|insert|update|delete|merge)\\b.*?\\b(?:from|into|update)\\s+([a-z_][a-z0-9_]*)", Pattern.DOTALL);
  private static final Pattern UPDATE_TABLE = Pattern.compile("^update\\s+([a-z_][a-z0-9_]*)");
  private static final Pattern DELETE_TABLE = Pattern.compile("^delete\\s+(?:from\\s+)?([a-z_][a-z0-9_]*)");

  private SqlCounter() {
  }

  /** Runs the work on this thread and returns what it sent to the database. */
  public static Tally record(Runnable work) {
    Tally tally = new Tally();
    Tally outer = RECORDING.get();
    RECORDING.set(tally);
    try {
      work.run();
    } finally {
      RECORDING.set(outer);
    }
    return tally;
  }

  static void statement(String sql) {
    Tally tally = RECORDING.get();
    if (tally != null) {
      tally.statements++;
      tally.perTable.merge(key(sql), 1, Integer::sum);
    }
  }

  static void roundTrip() {
    Tally tally = RECORDING.get();
    if (tally != null) {
      tally.roundTrips++;
    }
  }

  /** {@code INSERT ACT_RU_TASK}: the operation and the first table it names. */
  static String key(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String op = s.contains(" ") ? s.substring(0, s.indexOf(' ')) : s;
    Matcher m;
    String table = "?";
    if (op.equals("update") && (m = UPDATE_TABLE.matcher(s)).find()) {
      table = m.group(1);
    } else if (op.equals("delete") && (m = DELETE_TABLE.matcher(s)).find()) {
      table = m.group(1);
    } else if ((m = TABLE.matcher(s)).find()) {
      table = m.group(2);
    }
    return op.toUpperCase(Locale.ROOT) + " " + table.toUpperCase(Locale.ROOT);
  }

  /** What one recording saw. */
  public static final class Tally {
    private int statements;
    private int roundTrips;
    private final Map<String, Integer> perTable = new TreeMap<>();

    /** Statements sent (a batch of n counts n). */
    public int statements() {
      return statements;
    }

    /** Calls that go to the database and wait for it: executes, batch executions, commits, rollbacks. */
    public int roundTrips() {
      return roundTrips;
    }

    public Map<String, Integer> perTable() {
      return perTable;
    }

    /** Rows this step writes per table (inserts, updates, deletes), the raw-JDBC floor replays them. */
    public Map<String, Integer> writes() {
      Map<String, Integer> writes = new TreeMap<>();
      perTable.forEach((key, n) -> {
        if (!key.startsWith("SELECT")) {
          writes.put(key, n);
        }
      });
      return writes;
    }
  }
}
