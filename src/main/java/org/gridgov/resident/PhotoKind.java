package org.gridgov.resident;

/** Whose photo it is: the report's, a later supplement's, or the handling unit's result. */
public enum PhotoKind {
  REPORT("上报照片"),
  SUPPLEMENT("补充照片"),
  RESULT("办理结果照片");

  private final String label;

  PhotoKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
