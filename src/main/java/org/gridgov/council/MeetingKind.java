package org.gridgov.council;

/** The meetings of 四议两公开 that vote; the DMN {@code councilQuorum} knows each by its name. */
public enum MeetingKind {
  PARTY_MEMBERS("党员大会", "应到党员人数"),
  REPRESENTATIVES("村民代表会议", "应到村民代表人数"),
  VILLAGERS("村民会议", "年满十八周岁村民人数");

  private final String label;
  private final String expectedLabel;

  MeetingKind(String label, String expectedLabel) {
    this.label = label;
    this.expectedLabel = expectedLabel;
  }

  public String label() {
    return label;
  }

  public String expectedLabel() {
    return expectedLabel;
  }
}
