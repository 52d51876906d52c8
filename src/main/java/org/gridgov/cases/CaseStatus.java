package org.gridgov.cases;

/** The statuses of a case shown to residents and staff (DESIGN.md, lifecycle of a case). */
public enum CaseStatus {
  REPORTED("上报"),
  ACCEPTED("受理"),
  DISPATCHED("派遣"),
  HANDLING("处置"),
  VERIFYING("核查"),
  CLOSED("结案"),
  EVALUATED("评价"),
  MERGED("已合并"),
  REJECTED("不予受理"),
  REOPENED("重办"),
  SHELVED("挂账");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
