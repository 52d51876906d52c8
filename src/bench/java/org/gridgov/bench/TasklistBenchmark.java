package org.gridgov.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gridgov.cases.CaseVariables;
import org.gridgov.tasklist.TasklistFilters;

/**
 * Benchmark 6: the task lists staff open all day, and the auditor's history, with many open tasks
 * and many closed cases. Seeding goes straight to the tables: the rows of one real open case
 * (waiting at dispatch) and one real closed case are copied with new ids in JDBC batches, spread
 * over every unit, with due dates from 5 days overdue to 10 days ahead and every fifth case
 * escalated.
 */
final class TasklistBenchmark {

  private static final int CHUNK = 500;
  private static final int WARM_UP = 5;
  private static final int MIN_REPETITIONS = 3;
  private static final long QUERY_BUDGET_NANOS = 10_000_000_000L;

  private final BenchContext ctx;
  private final BenchOptions options;
  private final CaseChain chain;

  TasklistBenchmark(BenchContext ctx, BenchOptions options) {
    this.ctx = ctx;
    this.options = options;
    this.chain = new CaseChain(ctx.engine, ctx.intake);
  }

  Report.Table run() throws Exception {
    String open = chain.intake();
    String closed = chain.runAll();
    List<String> units = units();
    long seedStart = System.nanoTime();
    seedOpen(open, units, options.openTasks());
    double openSeconds = (System.nanoTime() - seedStart) / 1e9;
    // no GridGov tuning touches the history tables, so the untuned context times the task lists only
    boolean withHistory = !ctx.configuration.equals("untuned");
    seedStart = System.nanoTime();
    long historicRows = withHistory ? seedHistoric(closed, options.historicCases()) : 0;
    double historicSeconds = (System.nanoTime() - seedStart) / 1e9;
    Map<String, Query> queries = new LinkedHashMap<>();
    queries.put("my grid (gridworker1)", taskQuery("gridworker1", q -> q));
    queries.put("my department (dept1)", taskQuery("dept1", q -> q));
    queries.put("overdue in my township (dispatcher1)", taskQuery("dispatcher1", q -> q.dueBefore(new Date())));
    queries.put("escalated in my community (community1)",
        taskQuery("community1", q -> q.processVariableValueEquals(CaseVariables.ESCALATED, true)));
    queries.put("county-wide, by due date (county1)", taskQuery("county1", null));
    // the same lists as Tasklist asks for them: its filters over REST, as hal+json (with the filter's
    // variables embedded), page and count
    RestLists rest = new RestLists(ctx.port(), ctx.engine.getName(), options.listTimeoutSeconds());
    queries.put("REST filter 本单位待办 (gridworker1)", rest.filter("gridworker1", filterId(TasklistFilters.UNIT_TASKS)));
    queries.put("REST filter 本单位待办 (dept1)", rest.filter("dept1", filterId(TasklistFilters.UNIT_TASKS)));
    queries.put("REST filter 已超期 (dispatcher1)", rest.filter("dispatcher1", filterId(TasklistFilters.OVERDUE)));
    queries.put("REST filter 已升级 (community1)", rest.filter("community1", filterId(TasklistFilters.ESCALATED)));
    queries.put("REST filter 全部待办 (county1)", rest.filter("county1", filterId(TasklistFilters.ALL_TASKS)));
    if (withHistory) {
      putHistoryLists(queries, rest, closed);
    }

    reuseResultsOnH2(false);
    Table t = new Table("tasklist", "6. Task lists and history under load (Java API and REST, as each user)", ctx,
        "query", "rows (page)", "total", "repetitions", "p50 ms", "p99 ms", "max ms");
    // a list slower than this is stopped by the database and reported as stopped: one such run says
    // enough, and waiting minutes for it would keep the full run from fitting in 30 minutes
    Configuration mybatis = ctx.engineConfiguration.getSqlSessionFactory().getConfiguration();
    Integer shippedTimeout = mybatis.getDefaultStatementTimeout();
    mybatis.setDefaultStatementTimeout(options.listTimeoutSeconds());
    int stopped = 0;
    try {
      for (Map.Entry<String, Query> e : queries.entrySet()) {
        stopped += time(t, e.getKey(), e.getValue()) ? 0 : 1;
      }
    } finally {
      mybatis.setDefaultStatementTimeout(shippedTimeout);
    }
    if (stopped > 0) {
      t.note(stopped + " list(s) stopped: one run took longer than " + options.listTimeoutSeconds() + " s, when the "
          + "database cancelled the statement (JDBC query timeout)");
    }
    t.context("openTasks", options.openTasks() + 1);
    t.context("historicCases", withHistory ? options.historicCases() : 0);
    t.note(String.format("seeded %d open tasks in %.1f s and %d closed cases (%d history rows: ACT_HI_PROCINST, "
        + "ACT_HI_TASKINST) in %.1f s", options.openTasks(), openSeconds, withHistory ? options.historicCases() : 0,
        historicRows, historicSeconds));
    t.note("task lists: first page of 15 by due date plus the count, as Tasklist asks; authorizations on; one "
        + "thread; each list " + options.queryRepetitions() + " times after up to " + WARM_UP + " warm-up runs, or "
        + "fewer (never under " + MIN_REPETITIONS + ") when that takes more than " + QUERY_BUDGET_NANOS / 1_000_000_000
        + " s (column repetitions); a list whose first warm-up run alone took longer than that is timed once; with "
        + "fewer than 100 repetitions p99 is the slowest one");
    if (!withHistory) {
      t.note("untuned: the task lists only (no closed cases seeded): GridGov tunes nothing on the history tables, so "
          + "the auditor's lists would measure the same configuration twice");
    }
    t.note("REST: /engine-rest with HTTP Basic as the user (the login check is part of every request), Tasklist's "
        + "filters: POST /filter/{id}/list?firstResult=0&maxResults=15 as application/hal+json plus GET "
        + "/filter/{id}/count; latency = both requests");
    if (ctx.database.equals("h2")) {
      t.note("H2's reuse of a repeated query's last result (OPTIMIZE_REUSE_RESULTS) is off while the lists are "
          + "timed: asked 100 times in a row with nothing written in between, every repetition but the first would "
          + "be a cache hit, which staff looking at lists while others work never get");
    }
    reuseResultsOnH2(true);
    return t.build();
  }

  /**
   * Times one list: warm-up, then up to {@code queryRepetitions} runs within the time budget (at least
   * {@link #MIN_REPETITIONS}; once if its first run alone took longer than the budget). Answers false
   * when the list was stopped by the statement timeout.
   */
  private boolean time(Table t, String name, Query q) {
    long warmUpStart = System.nanoTime();
    try {
      q.run();
    } catch (RuntimeException e) {
      if (System.nanoTime() - warmUpStart < options.listTimeoutSeconds() * 1_000_000_000L) {
        throw e;
      }
      String over = "> " + options.listTimeoutSeconds() * 1000 + " (stopped)";
      t.row(name, "-", "-", 0, over, over, over);
      return false;
    }
    boolean overBudget = System.nanoTime() - warmUpStart > QUERY_BUDGET_NANOS;
    long warmUpEnd = warmUpStart + QUERY_BUDGET_NANOS / 2;
    for (int i = 1; i < WARM_UP && !overBudget && System.nanoTime() < warmUpEnd; i++) {
      q.run();
    }
    Recorder recorder = Measure.recorder();
    Page page = null;
    int repetitions = 0;
    int atLeast = overBudget ? 1 : MIN_REPETITIONS;
    long budgetEnd = System.nanoTime() + QUERY_BUDGET_NANOS;
    while (repetitions < options.queryRepetitions() && (repetitions < atLeast || System.nanoTime() < budgetEnd)) {
      long begin = System.nanoTime();
      page = q.run();
      recorder.recordValue(System.nanoTime() - begin);
      repetitions++;
    }
    Histogram h = recorder.getIntervalHistogram();
    t.row(name, page.rows(), page.total(), repetitions, Measure.ms(h, 50), Measure.ms(h, 99), Measure.maxMs(h));
    return true;
  }

  /** The auditor's lists: closed cases newest first (Java API, and the history search over REST), one by number. */
  private void putHistoryLists(Map<String, Query> queries, RestLists rest, String closed) {
    var history = ctx.engine.getHistoryService();
    String someCaseNo = history.createHistoricProcessInstanceQuery().processInstanceId(closed).singleResult()
        .getBusinessKey() + "-" + (options.historicCases() / 2);
    queries.put("auditor: closed cases, newest first", query("auditor",
        () -> history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseVariables.PROCESS_KEY).finished()
            .orderByProcessInstanceEndTime().desc().listPage(0, 15).size(),
        () -> history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseVariables.PROCESS_KEY).finished()
            .count()));
    queries.put("auditor: one case by number", query("auditor",
        () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(someCaseNo).list().size(),
        () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(someCaseNo).count()));
    queries.put("REST auditor: closed cases, newest first", rest.get("auditor",
        "/history/process-instance?processDefinitionKey=" + CaseVariables.PROCESS_KEY
            + "&finished=true&sortBy=endTime&sortOrder=desc&firstResult=0&maxResults=15",
        "/history/process-instance/count?processDefinitionKey=" + CaseVariables.PROCESS_KEY + "&finished=true"));
  }

  private void reuseResultsOnH2(boolean reuse) throws SQLException {
    if (ctx.database.equals("h2")) {
      try (Connection c = ctx.dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
        st.execute("SET OPTIMIZE_REUSE_RESULTS " + (reuse ? 1 : 0));
      }
    }
  }

  /** A list as one user sees it, as Tasklist asks for it: its first page and its count. */
  interface Query {
    Page run();
  }

  /** What one run of a list answered: the rows of its page and the total it counted. */
  record Page(int rows, long total) {
  }

  /** Through the Java API, authenticated as the user with their groups. */
  private record JavaQuery(IdentityService identity, String user, List<String> groups, Supplier<Integer> page,
      Supplier<Long> count) implements Query {

    @Override
    public Page run() {
      identity.setAuthentication(user, groups);
      try {
        return new Page(page.get(), count.get());
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  private String filterId(String name) {
    return ctx.engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  private Query query(String user, Supplier<Integer> page, Supplier<Long> count) {
    return new JavaQuery(ctx.engine.getIdentityService(), user, groups(user), page, count);
  }

  /** Tasklist's "my units" filter: candidate groups of the user plus tasks already claimed; null = every task. */
  private Query taskQuery(String user, java.util.function.UnaryOperator<TaskQuery> filter) {
    List<String> groups = groups(user);
    Supplier<TaskQuery> base = filter == null ? () -> ctx.engine.getTaskService().createTaskQuery()
        : () -> filter.apply(ctx.engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups)
            .includeAssignedTasks());
    return query(user, () -> base.get().orderByDueDate().asc().listPage(0, 15).size(), () -> base.get().count());
  }

  private List<String> groups(String user) {
    return ctx.engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .toList();
  }

  private List<String> units() throws SQLException {
    List<String> units = new ArrayList<>();
    try (Connection c = ctx.dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("select id from gov_unit order by id")) {
      while (rs.next()) {
        units.add(rs.getString(1));
      }
    }
    return units;
  }

  // ------------------------------------------------------------------ seeding by copying real rows

  private void seedOpen(String pi, List<String> units, int copies) throws SQLException {
    try (Connection c = ctx.dataSource.getConnection()) {
      Map<String, Rows> template = new LinkedHashMap<>();
      template.put("ACT_RU_EXECUTION", Rows.read(c, "select * from ACT_RU_EXECUTION where PROC_INST_ID_ = ? "
          + "order by case when ID_ = PROC_INST_ID_ then 0 else 1 end, ID_", pi));
      template.put("ACT_RU_TASK", Rows.read(c, "select * from ACT_RU_TASK where PROC_INST_ID_ = ?", pi));
      template.put("ACT_RU_IDENTITYLINK", Rows.read(c, "select * from ACT_RU_IDENTITYLINK where TASK_ID_ in "
          + "(select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?)", pi));
      template.put("ACT_RU_VARIABLE", Rows.read(c, "select * from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and "
          + "BYTEARRAY_ID_ is null", pi));
      template.put("ACT_RU_AUTHORIZATION", Rows.read(c, "select * from ACT_RU_AUTHORIZATION where RESOURCE_ID_ in "
          + "(select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?)", pi));
      String group = template.get("ACT_RU_IDENTITYLINK").first("GROUP_ID_");
      Set<String> ids = idsOf(template, pi, template.get("ACT_RU_EXECUTION").first("BUSINESS_KEY_"));
      long now = System.currentTimeMillis();
      copy(c, template, ids, copies, (table, column, value, k) -> {
        if (group != null && group.equals(value)) {
          return units.get(k % units.size());
        }
        if (table.equals("ACT_RU_TASK") && column.equals("DUE_DATE_")) {
          return new Timestamp(now + ((k % 15) - 5) * 86_400_000L + k * 1000L);
        }
        return null;
      }, (table, row, k) -> {
        if (table.equals("ACT_RU_VARIABLE") && CaseVariables.ESCALATED.equals(row.get("NAME_"))) {
          row.put("LONG_", k % 5 == 0 ? 1L : 0L);
        }
      });
    }
  }

  private long seedHistoric(String pi, int copies) throws SQLException {
    try (Connection c = ctx.dataSource.getConnection()) {
      Map<String, Rows> template = new LinkedHashMap<>();
      template.put("ACT_HI_PROCINST", Rows.read(c, "select * from ACT_HI_PROCINST where PROC_INST_ID_ = ?", pi));
      template.put("ACT_HI_TASKINST", Rows.read(c, "select * from ACT_HI_TASKINST where PROC_INST_ID_ = ?", pi));
      Set<String> ids = idsOf(template, pi, template.get("ACT_HI_PROCINST").first("BUSINESS_KEY_"));
      copy(c, template, ids, copies, (table, column, value, k) -> {
        // closed cases spread back in time, one every two minutes
        if (value instanceof Timestamp ts) {
          return new Timestamp(ts.getTime() - k * 120_000L);
        }
        if (value instanceof LocalDateTime ldt) {
          return ldt.minusSeconds(k * 120L);
        }
        return null;
      }, (table, row, k) -> {
      });
      return (long) copies * template.values().stream().mapToInt(r -> r.rows.size()).sum();
    }
  }

  private static Set<String> idsOf(Map<String, Rows> template, String pi, String businessKey) {
    Set<String> ids = new HashSet<>();
    ids.add(pi);
    if (businessKey != null) {
      ids.add(businessKey);
    }
    template.values().forEach(r -> r.rows.forEach(row -> ids.add((String) row.get("ID_"))));
    return ids;
  }

  interface Change {
    /** A replacement value for the copy, or null to keep the template's (with ids renamed). */
    Object value(String table, String column, Object value, int copy);
  }

  interface RowChange {
    void apply(String table, Map<String, Object> row, int copy);
  }

  private static void copy(Connection c, Map<String, Rows> template, Set<String> ids, int copies, Change change,
      RowChange rowChange) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    Map<String, PreparedStatement> inserts = new HashMap<>();
    try {
      for (Map.Entry<String, Rows> e : template.entrySet()) {
        inserts.put(e.getKey(), c.prepareStatement(e.getValue().insertSql(e.getKey())));
      }
      for (int start = 0; start < copies; start += CHUNK) {
        for (Map.Entry<String, Rows> e : template.entrySet()) {
          String table = e.getKey();
          PreparedStatement ps = inserts.get(table);
          for (int k = start; k < Math.min(copies, start + CHUNK); k++) {
            for (Map<String, Object> templateRow : e.getValue().rows) {
              Map<String, Object> row = new LinkedHashMap<>();
              for (Map.Entry<String, Object> cell : templateRow.entrySet()) {
                Object value = cell.getValue();
                Object changed = change.value(table, cell.getKey(), value, k);
                if (changed != null) {
                  value = changed;
                } else if (value instanceof String s && ids.contains(s)) {
                  value = s + "-" + k;
                }
                row.put(cell.getKey(), value);
              }
              rowChange.apply(table, row, k);
              int i = 1;
              for (Object value : row.values()) {
                ps.setObject(i++, value);
              }
              ps.addBatch();
            }
          }
          ps.executeBatch();
        }
        c.commit();
      }
    } finally {
      for (PreparedStatement ps : inserts.values()) {
        ps.close();
      }
      c.setAutoCommit(autoCommit);
    }
  }

  /** The rows of a template, column by column. */
  private record Rows(List<String> columns, List<Map<String, Object>> rows) {

    static Rows read(Connection c, String sql, String param) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, param);
        try (ResultSet rs = ps.executeQuery()) {
          ResultSetMetaData md = rs.getMetaData();
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(md.getColumnLabel(i).toUpperCase());
          }
          List<Map<String, Object>> rows = new ArrayList<>();
          while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= columns.size(); i++) {
              Object value = rs.getObject(i);
              row.put(columns.get(i - 1), value instanceof LocalDateTime ldt ? Timestamp.valueOf(ldt) : value);
            }
            rows.add(row);
          }
          return new Rows(columns, rows);
        }
      }
    }

    String first(String column) {
      return rows.isEmpty() ? null : (String) rows.get(0).get(column);
    }

    String insertSql(String table) {
      return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
          + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
    }
  }
}
