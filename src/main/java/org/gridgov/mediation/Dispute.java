package org.gridgov.mediation;

import java.time.LocalDateTime;

/** One dispute on the Fengqiao ladder; parties and summary stay here, not in process variables. */
public class Dispute {

  public enum Status { MEDIATING, AGREED, RESOLVED, REFERRED }

  private Long id;
  private String disputeNo;
  private String sourceCaseNo;
  private String disputeType;
  private String summary;
  private String partyA;
  private String partyB;
  private int partiesCount;
  private boolean threatToLife;
  private boolean groupDispute;
  private java.math.BigDecimal amountInvolved;
  private String gridId;
  private String communityId;
  private String townshipId;
  private String riskLevel;
  private Status status;
  private Rung resolvedRung;
  private LocalDateTime emergencyStartedAt;
  private String registeredBy;
  private String processInstanceId;
  private LocalDateTime createdAt;
  private LocalDateTime concludedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getDisputeNo() { return disputeNo; }
  public void setDisputeNo(String disputeNo) { this.disputeNo = disputeNo; }
  public String getSourceCaseNo() { return sourceCaseNo; }
  public void setSourceCaseNo(String sourceCaseNo) { this.sourceCaseNo = sourceCaseNo; }
  public String getDisputeType() { return disputeType; }
  public void setDisputeType(String disputeType) { this.disputeType = disputeType; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public String getPartyA() { return partyA; }
  public void setPartyA(String partyA) { this.partyA = partyA; }
  public String getPartyB() { return partyB; }
  public void setPartyB(String partyB) { this.partyB = partyB; }
  public int getPartiesCount() { return partiesCount; }
  public void setPartiesCount(int partiesCount) { this.partiesCount = partiesCount; }
  public boolean isThreatToLife() { return threatToLife; }
  public void setThreatToLife(boolean threatToLife) { this.threatToLife = threatToLife; }
  public boolean isGroupDispute() { return groupDispute; }
  public void setGroupDispute(boolean groupDispute) { this.groupDispute = groupDispute; }
  public java.math.BigDecimal getAmountInvolved() { return amountInvolved; }
  public void setAmountInvolved(java.math.BigDecimal amountInvolved) { this.amountInvolved = amountInvolved; }
  public String getGridId() { return gridId; }
  public void setGridId(String gridId) { this.gridId = gridId; }
  public String getCommunityId() { return communityId; }
  public void setCommunityId(String communityId) { this.communityId = communityId; }
  public String getTownshipId() { return townshipId; }
  public void setTownshipId(String townshipId) { this.townshipId = townshipId; }
  public String getRiskLevel() { return riskLevel; }
  public void setRiskLevel(String riskLevel) { this.riskLevel = riskLevel; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public Rung getResolvedRung() { return resolvedRung; }
  public void setResolvedRung(Rung resolvedRung) { this.resolvedRung = resolvedRung; }
  public LocalDateTime getEmergencyStartedAt() { return emergencyStartedAt; }
  public void setEmergencyStartedAt(LocalDateTime emergencyStartedAt) { this.emergencyStartedAt = emergencyStartedAt; }
  public String getRegisteredBy() { return registeredBy; }
  public void setRegisteredBy(String registeredBy) { this.registeredBy = registeredBy; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getConcludedAt() { return concludedAt; }
  public void setConcludedAt(LocalDateTime concludedAt) { this.concludedAt = concludedAt; }
}
