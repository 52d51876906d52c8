package org.gridgov.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.gridgov.bench.CaseChain.Step;
import org.gridgov.bench.SqlCounter.Tally;

/**
 * The floor under the engine: for each step, exactly as many inserts, updates and deletes per
 * table as the engine and GridGov issue (measured by {@link SqlCounter}), in plain JDBC, batched
 * per table, one transaction. Nothing can write the same rows faster through this driver and pool.
 */
final class RawJdbcFloor {

  private static final String PAYLOAD = "x".repeat(160);

  private final DataSource dataSource;
  private final Map<Step, Tally> tallies;
  private final Set<String> tables = new TreeSet<>();
  private final ThreadLocal<Map<String, ArrayDeque<String>>> earlierRows = ThreadLocal.withInitial(HashMap::new);

  RawJdbcFloor(DataSource dataSource, Map<Step, Tally> tallies) {
    this.dataSource = dataSource;
    this.tallies = tallies;
    tallies.values().forEach(t -> t.writes().keySet().forEach(k -> tables.add(floorTable(k))));
  }

  void createTables() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      for (String table : tables) {
        st.execute("drop table if exists " + table);
        st.execute("create table " + table + " (id varchar(64) primary key, ref varchar(64), txt varchar(255), "
            + "num bigint, at datetime(3), payload varchar(2000))");
      }
    }
  }

  void dropTables() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      for (String table : tables) {
        st.execute("drop table if exists " + table);
      }
    }
  }

  int rows(Step step) {
    return tallies.get(step).writes().values().stream().mapToInt(Integer::intValue).sum();
  }

  int rowsWholeCase() {
    return tallies.keySet().stream().mapToInt(this::rows).sum();
  }

  void wholeCase() {
    for (Step step : Step.values()) {
      step(step);
    }
  }

  void step(Step step) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      Map<String, List<String>> inserted = new HashMap<>();
      Map<String, Integer> writes = tallies.get(step).writes();
      for (Map.Entry<String, Integer> e : writes.entrySet()) {
        if (e.getKey().startsWith("INSERT")) {
          inserted.put(floorTable(e.getKey()), insert(c, floorTable(e.getKey()), e.getValue()));
        }
      }
      for (Map.Entry<String, Integer> e : writes.entrySet()) {
        String table = floorTable(e.getKey());
        if (e.getKey().startsWith("UPDATE")) {
          byId(c, "update " + table + " set num = num + 1, txt = ? where id = ?", table,
              inserted.getOrDefault(table, List.of()), e.getValue(), false);
        } else if (e.getKey().startsWith("DELETE")) {
          byId(c, "delete from " + table + " where id = ?", table, List.of(), e.getValue(), true);
        }
      }
      c.commit();
      inserted.forEach((table, ids) -> {
        ArrayDeque<String> earlier = earlierRows.get().computeIfAbsent(table, t -> new ArrayDeque<>());
        ids.forEach(earlier::addLast);
        while (earlier.size() > 2000) {
          earlier.removeFirst();
        }
      });
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> insert(Connection c, String table, int n) throws SQLException {
    List<String> ids = new ArrayList<>(n);
    try (PreparedStatement ps = c.prepareStatement(
        "insert into " + table + " (id, ref, txt, num, at, payload) values (?, ?, ?, ?, ?, ?)")) {
      Timestamp now = new Timestamp(System.currentTimeMillis());
      for (int i = 0; i < n; i++) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        ps.setString(1, id);
        ps.setString(2, id);
        ps.setString(3, table);
        ps.setLong(4, i);
        ps.setTimestamp(5, now);
        ps.setString(6, PAYLOAD);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return ids;
  }

  /** Updates (or deletes) n rows by id: rows of this transaction first, then rows of earlier ones. */
  private void byId(Connection c, String sql, String table, List<String> fresh, int n, boolean delete)
      throws SQLException {
    ArrayDeque<String> earlier = earlierRows.get().computeIfAbsent(table, t -> new ArrayDeque<>());
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < n; i++) {
        String id = !delete && !fresh.isEmpty() ? fresh.get(i % fresh.size())
            : earlier.isEmpty() ? UUID.randomUUID().toString() : earlier.pollFirst();
        if (delete) {
          ps.setString(1, id);
        } else {
          ps.setString(1, "updated");
          ps.setString(2, id);
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String floorTable(String key) {
    return "bench_floor_" + key.substring(key.indexOf(' ') + 1).toLowerCase();
  }
}
