package org.gridgov.mediation;

/** The legal channels a dispute is referred to when mediation failed. */
public enum ReferralChannel {
  LITIGATION("诉讼"), ARBITRATION("仲裁"), ADMINISTRATIVE_RECONSIDERATION("行政复议"), PETITION("信访");

  private final String label;

  ReferralChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
