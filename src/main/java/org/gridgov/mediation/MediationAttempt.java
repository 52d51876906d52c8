package org.gridgov.mediation;

import java.time.LocalDateTime;

/** One mediation at one rung of the ladder. */
public class MediationAttempt {

  public enum Outcome { SUCCESS, FAILED }

  private Long id;
  private Long disputeId;
  private Rung rung;
  private int attemptNo;
  private Outcome outcome;
  private String mediators;
  private String notes;
  private String riskLevel;
  private String mediatedBy;
  private LocalDateTime mediatedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getDisputeId() { return disputeId; }
  public void setDisputeId(Long disputeId) { this.disputeId = disputeId; }
  public Rung getRung() { return rung; }
  public void setRung(Rung rung) { this.rung = rung; }
  public int getAttemptNo() { return attemptNo; }
  public void setAttemptNo(int attemptNo) { this.attemptNo = attemptNo; }
  public Outcome getOutcome() { return outcome; }
  public void setOutcome(Outcome outcome) { this.outcome = outcome; }
  public String getMediators() { return mediators; }
  public void setMediators(String mediators) { this.mediators = mediators; }
  public String getNotes() { return notes; }
  public void setNotes(String notes) { this.notes = notes; }
  public String getRiskLevel() { return riskLevel; }
  public void setRiskLevel(String riskLevel) { this.riskLevel = riskLevel; }
  public String getMediatedBy() { return mediatedBy; }
  public void setMediatedBy(String mediatedBy) { this.mediatedBy = mediatedBy; }
  public LocalDateTime getMediatedAt() { return mediatedAt; }
  public void setMediatedAt(LocalDateTime mediatedAt) { this.mediatedAt = mediatedAt; }
}
