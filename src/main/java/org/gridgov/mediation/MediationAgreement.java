package org.gridgov.mediation;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A mediation agreement (调解协议): parties, terms and the signatures recorded. */
public class MediationAgreement {

  public enum Status { ACTIVE, HELD, BROKEN }

  private Long id;
  private Long disputeId;
  private Long attemptId;
  private Rung rung;
  private String parties;
  private String terms;
  private boolean signed;
  private LocalDate signedOn;
  private Status status;
  private LocalDateTime createdAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getDisputeId() { return disputeId; }
  public void setDisputeId(Long disputeId) { this.disputeId = disputeId; }
  public Long getAttemptId() { return attemptId; }
  public void setAttemptId(Long attemptId) { this.attemptId = attemptId; }
  public Rung getRung() { return rung; }
  public void setRung(Rung rung) { this.rung = rung; }
  public String getParties() { return parties; }
  public void setParties(String parties) { this.parties = parties; }
  public String getTerms() { return terms; }
  public void setTerms(String terms) { this.terms = terms; }
  public boolean isSigned() { return signed; }
  public void setSigned(boolean signed) { this.signed = signed; }
  public LocalDate getSignedOn() { return signedOn; }
  public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
