package org.gridgov.admission;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One change of the admission list (清单变更记录). */
public class AdmissionChange {

  public enum Kind { ADMITTED, KEPT, EXITED, EXPIRED }

  private Long id;
  private String itemCode;
  private Kind changeKind;
  private AdmissionItem.Status statusAfter;
  private String reason;
  private String changedBy;
  private Long applicationId;
  private LocalDate nextReviewDate;
  private LocalDateTime changedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getItemCode() { return itemCode; }
  public void setItemCode(String itemCode) { this.itemCode = itemCode; }
  public Kind getChangeKind() { return changeKind; }
  public void setChangeKind(Kind changeKind) { this.changeKind = changeKind; }
  public AdmissionItem.Status getStatusAfter() { return statusAfter; }
  public void setStatusAfter(AdmissionItem.Status statusAfter) { this.statusAfter = statusAfter; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getChangedBy() { return changedBy; }
  public void setChangedBy(String changedBy) { this.changedBy = changedBy; }
  public Long getApplicationId() { return applicationId; }
  public void setApplicationId(Long applicationId) { this.applicationId = applicationId; }
  public LocalDate getNextReviewDate() { return nextReviewDate; }
  public void setNextReviewDate(LocalDate nextReviewDate) { this.nextReviewDate = nextReviewDate; }
  public LocalDateTime getChangedAt() { return changedAt; }
  public void setChangedAt(LocalDateTime changedAt) { this.changedAt = changedAt; }
}
