package org.gridgov.council;

/** Where a council matter stands, as shown to residents and staff. */
public enum CouncilStatus {
  PROPOSING("党组织提议"),
  DELIBERATING("两委会商议"),
  PARTY_REVIEW("党员大会审议"),
  VILLAGE_RESOLUTION("村民(代表)会议决议"),
  PUBLICITY("决议公示"),
  IMPLEMENTING("实施"),
  CLOSED("已办结");

  private final String label;

  CouncilStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
