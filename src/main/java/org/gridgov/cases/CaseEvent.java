package org.gridgov.cases;

import java.time.LocalDateTime;

/** One step on a case's timeline ({@code gov_case_event}). */
public class CaseEvent {

  private Long id;
  private String caseNo;
  private String eventType;
  private CaseStatus status;
  private String unitId;
  private String actor;
  private String detail;
  private LocalDateTime occurredAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getCaseNo() { return caseNo; }
  public void setCaseNo(String caseNo) { this.caseNo = caseNo; }
  public String getEventType() { return eventType; }
  public void setEventType(String eventType) { this.eventType = eventType; }
  public CaseStatus getStatus() { return status; }
  public void setStatus(CaseStatus status) { this.status = status; }
  public String getUnitId() { return unitId; }
  public void setUnitId(String unitId) { this.unitId = unitId; }
  public String getActor() { return actor; }
  public void setActor(String actor) { this.actor = actor; }
  public String getDetail() { return detail; }
  public void setDetail(String detail) { this.detail = detail; }
  public LocalDateTime getOccurredAt() { return occurredAt; }
  public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
}
