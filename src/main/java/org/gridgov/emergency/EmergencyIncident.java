package org.gridgov.emergency;

import java.util.Date;

/** One emergency (突发事件) and the state of its response; looked up by incident number or source. */
public class EmergencyIncident {

  public enum Status { RESPONDING, UNDER_CONTROL, CLOSED }

  private Long id;
  private String incidentNo;
  private SourceType sourceType;
  private String sourceRef;
  private String categoryCode;
  private String townshipId;
  private String gridId;
  private String summary;
  private Status status;
  private String processInstanceId;
  private Date firstReportDue;
  private Date firstReportAt;
  private boolean firstReportEscalated;
  private Date escalatedAt;
  private String onSceneMeasures;
  private Integer onSceneResponders;
  private String onSceneBy;
  private Date onSceneAt;
  private Date underControlAt;
  private Date closedAt;
  private Date createdAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getIncidentNo() { return incidentNo; }
  public void setIncidentNo(String incidentNo) { this.incidentNo = incidentNo; }
  public SourceType getSourceType() { return sourceType; }
  public void setSourceType(SourceType sourceType) { this.sourceType = sourceType; }
  public String getSourceRef() { return sourceRef; }
  public void setSourceRef(String sourceRef) { this.sourceRef = sourceRef; }
  public String getCategoryCode() { return categoryCode; }
  public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
  public String getTownshipId() { return townshipId; }
  public void setTownshipId(String townshipId) { this.townshipId = townshipId; }
  public String getGridId() { return gridId; }
  public void setGridId(String gridId) { this.gridId = gridId; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public Date getFirstReportDue() { return firstReportDue; }
  public void setFirstReportDue(Date firstReportDue) { this.firstReportDue = firstReportDue; }
  public Date getFirstReportAt() { return firstReportAt; }
  public void setFirstReportAt(Date firstReportAt) { this.firstReportAt = firstReportAt; }
  public boolean isFirstReportEscalated() { return firstReportEscalated; }
  public void setFirstReportEscalated(boolean firstReportEscalated) { this.firstReportEscalated = firstReportEscalated; }
  public Date getEscalatedAt() { return escalatedAt; }
  public void setEscalatedAt(Date escalatedAt) { this.escalatedAt = escalatedAt; }
  public String getOnSceneMeasures() { return onSceneMeasures; }
  public void setOnSceneMeasures(String onSceneMeasures) { this.onSceneMeasures = onSceneMeasures; }
  public Integer getOnSceneResponders() { return onSceneResponders; }
  public void setOnSceneResponders(Integer onSceneResponders) { this.onSceneResponders = onSceneResponders; }
  public String getOnSceneBy() { return onSceneBy; }
  public void setOnSceneBy(String onSceneBy) { this.onSceneBy = onSceneBy; }
  public Date getOnSceneAt() { return onSceneAt; }
  public void setOnSceneAt(Date onSceneAt) { this.onSceneAt = onSceneAt; }
  public Date getUnderControlAt() { return underControlAt; }
  public void setUnderControlAt(Date underControlAt) { this.underControlAt = underControlAt; }
  public Date getClosedAt() { return closedAt; }
  public void setClosedAt(Date closedAt) { this.closedAt = closedAt; }
  public Date getCreatedAt() { return createdAt; }
  public void setCreatedAt(Date createdAt) { this.createdAt = createdAt; }
}
