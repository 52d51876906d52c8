package org.gridgov.cases;

/** A case number that no case carries. */
public class UnknownCaseException extends RuntimeException {

  private final String caseNo;

  public UnknownCaseException(String caseNo) {
    super("案件不存在: " + caseNo);
    this.caseNo = caseNo;
  }

  public String caseNo() {
    return caseNo;
  }
}
