package org.gridgov.council;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A public matter decided by 四议两公开, from the Party branch's proposal to the published results. */
public class CouncilMatter {

  private Long id;
  private String matterNo;
  private String communityId;
  private String title;
  private String summary;
  private String content;
  private BigDecimal budget;
  private String scope;
  private String residentOpinions;
  private String sourceTalkNo;
  private boolean combinedLeadership;
  private CouncilStatus status;
  private CouncilOutcome outcome;
  private String outcomeReason;
  private String resultSummary;
  private BigDecimal amountSpent;
  private String processInstanceId;
  private String createdBy;
  private LocalDateTime createdAt;
  private LocalDateTime updatedAt;
  private LocalDateTime closedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getMatterNo() { return matterNo; }
  public void setMatterNo(String matterNo) { this.matterNo = matterNo; }
  public String getCommunityId() { return communityId; }
  public void setCommunityId(String communityId) { this.communityId = communityId; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
  public BigDecimal getBudget() { return budget; }
  public void setBudget(BigDecimal budget) { this.budget = budget; }
  public String getScope() { return scope; }
  public void setScope(String scope) { this.scope = scope; }
  public String getResidentOpinions() { return residentOpinions; }
  public void setResidentOpinions(String residentOpinions) { this.residentOpinions = residentOpinions; }
  public String getSourceTalkNo() { return sourceTalkNo; }
  public void setSourceTalkNo(String sourceTalkNo) { this.sourceTalkNo = sourceTalkNo; }
  public boolean isCombinedLeadership() { return combinedLeadership; }
  public void setCombinedLeadership(boolean combinedLeadership) { this.combinedLeadership = combinedLeadership; }
  public CouncilStatus getStatus() { return status; }
  public void setStatus(CouncilStatus status) { this.status = status; }
  public CouncilOutcome getOutcome() { return outcome; }
  public void setOutcome(CouncilOutcome outcome) { this.outcome = outcome; }
  public String getOutcomeReason() { return outcomeReason; }
  public void setOutcomeReason(String outcomeReason) { this.outcomeReason = outcomeReason; }
  public String getResultSummary() { return resultSummary; }
  public void setResultSummary(String resultSummary) { this.resultSummary = resultSummary; }
  public BigDecimal getAmountSpent() { return amountSpent; }
  public void setAmountSpent(BigDecimal amountSpent) { this.amountSpent = amountSpent; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public String getCreatedBy() { return createdBy; }
  public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
  public LocalDateTime getClosedAt() { return closedAt; }
  public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
}
