package org.gridgov.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One row of the case read model {@code gov_case}. */
public class CaseRecord {

  private String caseNo;
  private String processInstanceId;
  private CaseSource source;
  private String channel;
  private String idempotencyKey;
  private String categoryCode;
  private Urgency urgency;
  private String description;
  private String addressText;
  private BigDecimal lat;
  private BigDecimal lng;
  private Long reporterId;
  private String reportedBy;
  private CaseStatus status;
  private String statusReason;
  private String gridId;
  private String communityId;
  private String townshipId;
  private String leadDepartmentId;
  private String handlingLevel;
  private boolean emergency;
  private Rung rung;
  private boolean escalated;
  private String masterCaseNo;
  private LocalDateTime responseDue;
  private LocalDateTime resolveDue;
  private LocalDateTime firstResponseAt;
  private LocalDateTime resolvedAt;
  private LocalDateTime closedAt;
  private LocalDateTime shelvedUntil;
  private int bounceCount;
  private int extensionCount;
  private int reworkCount;
  private int reopenCount;
  private int shelveCount;
  private Satisfaction satisfaction;
  private String evaluationComment;
  private String reply;
  private LocalDateTime createdAt;
  private LocalDateTime updatedAt;

  public String getCaseNo() { return caseNo; }
  public void setCaseNo(String caseNo) { this.caseNo = caseNo; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public CaseSource getSource() { return source; }
  public void setSource(CaseSource source) { this.source = source; }
  public String getChannel() { return channel; }
  public void setChannel(String channel) { this.channel = channel; }
  public String getIdempotencyKey() { return idempotencyKey; }
  public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
  public String getCategoryCode() { return categoryCode; }
  public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
  public Urgency getUrgency() { return urgency; }
  public void setUrgency(Urgency urgency) { this.urgency = urgency; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getAddressText() { return addressText; }
  public void setAddressText(String addressText) { this.addressText = addressText; }
  /** Stored with the case for the duplicate check's look-up (V11). */
  public String getAddressKey() { return AddressKey.of(addressText); }
  public BigDecimal getLat() { return lat; }
  public void setLat(BigDecimal lat) { this.lat = lat; }
  public BigDecimal getLng() { return lng; }
  public void setLng(BigDecimal lng) { this.lng = lng; }
  public Long getReporterId() { return reporterId; }
  public void setReporterId(Long reporterId) { this.reporterId = reporterId; }
  public String getReportedBy() { return reportedBy; }
  public void setReportedBy(String reportedBy) { this.reportedBy = reportedBy; }
  public CaseStatus getStatus() { return status; }
  public void setStatus(CaseStatus status) { this.status = status; }
  public String getStatusReason() { return statusReason; }
  public void setStatusReason(String statusReason) { this.statusReason = statusReason; }
  public String getGridId() { return gridId; }
  public void setGridId(String gridId) { this.gridId = gridId; }
  public String getCommunityId() { return communityId; }
  public void setCommunityId(String communityId) { this.communityId = communityId; }
  public String getTownshipId() { return townshipId; }
  public void setTownshipId(String townshipId) { this.townshipId = townshipId; }
  public String getLeadDepartmentId() { return leadDepartmentId; }
  public void setLeadDepartmentId(String leadDepartmentId) { this.leadDepartmentId = leadDepartmentId; }
  public String getHandlingLevel() { return handlingLevel; }
  public void setHandlingLevel(String handlingLevel) { this.handlingLevel = handlingLevel; }
  public boolean isEmergency() { return emergency; }
  public void setEmergency(boolean emergency) { this.emergency = emergency; }
  public Rung getRung() { return rung; }
  public void setRung(Rung rung) { this.rung = rung; }
  public boolean isEscalated() { return escalated; }
  public void setEscalated(boolean escalated) { this.escalated = escalated; }
  public String getMasterCaseNo() { return masterCaseNo; }
  public void setMasterCaseNo(String masterCaseNo) { this.masterCaseNo = masterCaseNo; }
  public LocalDateTime getResponseDue() { return responseDue; }
  public void setResponseDue(LocalDateTime responseDue) { this.responseDue = responseDue; }
  public LocalDateTime getResolveDue() { return resolveDue; }
  public void setResolveDue(LocalDateTime resolveDue) { this.resolveDue = resolveDue; }
  public LocalDateTime getFirstResponseAt() { return firstResponseAt; }
  public void setFirstResponseAt(LocalDateTime firstResponseAt) { this.firstResponseAt = firstResponseAt; }
  public LocalDateTime getResolvedAt() { return resolvedAt; }
  public void setResolvedAt(LocalDateTime resolvedAt) { this.resolvedAt = resolvedAt; }
  public LocalDateTime getClosedAt() { return closedAt; }
  public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
  public LocalDateTime getShelvedUntil() { return shelvedUntil; }
  public void setShelvedUntil(LocalDateTime shelvedUntil) { this.shelvedUntil = shelvedUntil; }
  public int getBounceCount() { return bounceCount; }
  public void setBounceCount(int bounceCount) { this.bounceCount = bounceCount; }
  public int getExtensionCount() { return extensionCount; }
  public void setExtensionCount(int extensionCount) { this.extensionCount = extensionCount; }
  public int getReworkCount() { return reworkCount; }
  public void setReworkCount(int reworkCount) { this.reworkCount = reworkCount; }
  public int getReopenCount() { return reopenCount; }
  public void setReopenCount(int reopenCount) { this.reopenCount = reopenCount; }
  public int getShelveCount() { return shelveCount; }
  public void setShelveCount(int shelveCount) { this.shelveCount = shelveCount; }
  public Satisfaction getSatisfaction() { return satisfaction; }
  public void setSatisfaction(Satisfaction satisfaction) { this.satisfaction = satisfaction; }
  public String getEvaluationComment() { return evaluationComment; }
  public void setEvaluationComment(String evaluationComment) { this.evaluationComment = evaluationComment; }
  public String getReply() { return reply; }
  public void setReply(String reply) { this.reply = reply; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
