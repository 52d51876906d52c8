package org.gridgov.cases;

/**
 * Where a case is handled: the rungs of the escalation ladder (grid → community → township →
 * county centre) and, past the ladder, the competent departments.
 */
public enum Rung {
  GRID("网格"),
  COMMUNITY("村(社区)"),
  TOWNSHIP("乡镇(街道)"),
  CENTRE("县社会治理中心"),
  DEPARTMENT("职能部门");

  private final String label;

  Rung(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The next rung up; the county centre hands over to the departments. */
  public Rung next() {
    return switch (this) {
      case GRID -> COMMUNITY;
      case COMMUNITY -> TOWNSHIP;
      case TOWNSHIP -> CENTRE;
      case CENTRE, DEPARTMENT -> DEPARTMENT;
    };
  }
}
