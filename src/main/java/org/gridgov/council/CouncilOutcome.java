package org.gridgov.council;

/** How a council matter ended. */
public enum CouncilOutcome {
  IMPLEMENTED("已实施并公开结果"),
  REJECTED_BY_COMMITTEES("两委会商议未通过"),
  REJECTED_BY_VOTE("表决未通过"),
  QUORUM_FAILED("多次未达法定到会人数");

  private final String label;

  CouncilOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
