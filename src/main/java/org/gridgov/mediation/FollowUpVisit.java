package org.gridgov.mediation;

import java.time.LocalDateTime;

/** The visit that checks whether an agreement holds (回访). */
public class FollowUpVisit {

  private Long id;
  private Long disputeId;
  private Long agreementId;
  private boolean holds;
  private String notes;
  private String visitedBy;
  private LocalDateTime visitedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getDisputeId() { return disputeId; }
  public void setDisputeId(Long disputeId) { this.disputeId = disputeId; }
  public Long getAgreementId() { return agreementId; }
  public void setAgreementId(Long agreementId) { this.agreementId = agreementId; }
  public boolean isHolds() { return holds; }
  public void setHolds(boolean holds) { this.holds = holds; }
  public String getNotes() { return notes; }
  public void setNotes(String notes) { this.notes = notes; }
  public String getVisitedBy() { return visitedBy; }
  public void setVisitedBy(String visitedBy) { this.visitedBy = visitedBy; }
  public LocalDateTime getVisitedAt() { return visitedAt; }
  public void setVisitedAt(LocalDateTime visitedAt) { this.visitedAt = visitedAt; }
}
