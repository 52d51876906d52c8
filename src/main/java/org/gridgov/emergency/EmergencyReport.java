package org.gridgov.emergency;

import java.util.Date;

/** One report on an emergency: 首报, a 续报 or the 终报. */
public class EmergencyReport {

  private Long id;
  private Long incidentId;
  private ReportKind reportKind;
  private int sequenceNo;
  private String content;
  private int casualties;
  private boolean underControl;
  private String reportedBy;
  private Date reportedAt;
  private boolean onTime;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getIncidentId() { return incidentId; }
  public void setIncidentId(Long incidentId) { this.incidentId = incidentId; }
  public ReportKind getReportKind() { return reportKind; }
  public void setReportKind(ReportKind reportKind) { this.reportKind = reportKind; }
  public int getSequenceNo() { return sequenceNo; }
  public void setSequenceNo(int sequenceNo) { this.sequenceNo = sequenceNo; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
  public int getCasualties() { return casualties; }
  public void setCasualties(int casualties) { this.casualties = casualties; }
  public boolean isUnderControl() { return underControl; }
  public void setUnderControl(boolean underControl) { this.underControl = underControl; }
  public String getReportedBy() { return reportedBy; }
  public void setReportedBy(String reportedBy) { this.reportedBy = reportedBy; }
  public Date getReportedAt() { return reportedAt; }
  public void setReportedAt(Date reportedAt) { this.reportedAt = reportedAt; }
  public boolean isOnTime() { return onTime; }
  public void setOnTime(boolean onTime) { this.onTime = onTime; }
}
