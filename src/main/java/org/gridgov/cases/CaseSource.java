package org.gridgov.cases;

/** How a case came in: a resident's report or a grid worker's patrol finding. */
public enum CaseSource {
  RESIDENT("群众上报"),
  PATROL("网格员巡查发现");

  private final String label;

  CaseSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
