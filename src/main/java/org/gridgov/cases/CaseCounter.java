package org.gridgov.cases;

/** The counters of a case that the assessment reads; each names its {@code gov_case} column. */
public enum CaseCounter {
  BOUNCE("bounce_count"),
  EXTENSION("extension_count"),
  REWORK("rework_count"),
  REOPEN("reopen_count"),
  SHELVE("shelve_count");

  private final String column;

  CaseCounter(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }
}
