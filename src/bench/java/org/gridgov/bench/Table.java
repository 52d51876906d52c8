package org.gridgov.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds one {@link Report.Table}. */
final class Table {

  private final String benchmark;
  private final String title;
  private final Map<String, Object> context;
  private final List<String> columns;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Table(String benchmark, String title, BenchContext ctx, String... columns) {
    this.benchmark = benchmark;
    this.title = title + " [" + ctx.label() + "]";
    this.context = new LinkedHashMap<>(ctx.meta);
    this.columns = Arrays.asList(columns);
  }

  Table row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(title + ": " + cells.length + " cells for " + columns.size() + " columns");
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  Table note(String note) {
    notes.add(note);
    return this;
  }

  Table context(String key, Object value) {
    context.put(key, value);
    return this;
  }

  Report.Table build() {
    return new Report.Table(benchmark, title, context, columns, rows, notes);
  }
}
