package org.gridgov.emergency;

/** The reports an emergency owes the county: 首报, 续报 until under control, 终报. */
public enum ReportKind {
  FIRST("首报"), FOLLOW_UP("续报"), FINAL("终报");

  private final String label;

  ReportKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
