package org.gridgov.emergency;

import java.util.Date;

/** A notice of an emergency to one unit (outbox record). */
public class EmergencyNotification {

  public enum Reason { INCIDENT_REPORTED, FIRST_REPORT_OVERDUE }

  private Long id;
  private Long incidentId;
  private String recipientUnitId;
  private Reason reason;
  private String message;
  private Date createdAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getIncidentId() { return incidentId; }
  public void setIncidentId(Long incidentId) { this.incidentId = incidentId; }
  public String getRecipientUnitId() { return recipientUnitId; }
  public void setRecipientUnitId(String recipientUnitId) { this.recipientUnitId = recipientUnitId; }
  public Reason getReason() { return reason; }
  public void setReason(Reason reason) { this.reason = reason; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
  public Date getCreatedAt() { return createdAt; }
  public void setCreatedAt(Date createdAt) { this.createdAt = createdAt; }
}
