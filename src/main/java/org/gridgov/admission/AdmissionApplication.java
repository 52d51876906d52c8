package org.gridgov.admission;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A department's application to put a matter on the grid admission list, with its review and approval. */
public class AdmissionApplication {

  public enum Status { SUBMITTED, APPROVED, REJECTED }

  public enum Decision { APPROVE, REJECT }

  private Long id;
  private String applicationNo;
  private String itemCode;
  private String name;
  private String description;
  private String reason;
  private String categoryCode;
  private String departmentId;
  private String gridDuty;
  private int workloadHoursPerMonth;
  private AdmissionItem.Kind admissionKind;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private Status status;
  private String applicantId;
  private Decision reviewRecommendation;
  private String reviewOpinion;
  private String reviewerId;
  private LocalDateTime reviewedAt;
  private Decision approvalDecision;
  private String approvalOpinion;
  private String approverId;
  private LocalDateTime decidedAt;
  private String processInstanceId;
  private String requestKey;
  private LocalDateTime createdAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getApplicationNo() { return applicationNo; }
  public void setApplicationNo(String applicationNo) { this.applicationNo = applicationNo; }
  public String getItemCode() { return itemCode; }
  public void setItemCode(String itemCode) { this.itemCode = itemCode; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getCategoryCode() { return categoryCode; }
  public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
  public String getDepartmentId() { return departmentId; }
  public void setDepartmentId(String departmentId) { this.departmentId = departmentId; }
  public String getGridDuty() { return gridDuty; }
  public void setGridDuty(String gridDuty) { this.gridDuty = gridDuty; }
  public int getWorkloadHoursPerMonth() { return workloadHoursPerMonth; }
  public void setWorkloadHoursPerMonth(int workloadHoursPerMonth) { this.workloadHoursPerMonth = workloadHoursPerMonth; }
  public AdmissionItem.Kind getAdmissionKind() { return admissionKind; }
  public void setAdmissionKind(AdmissionItem.Kind admissionKind) { this.admissionKind = admissionKind; }
  public LocalDate getValidFrom() { return validFrom; }
  public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
  public LocalDate getValidUntil() { return validUntil; }
  public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public String getApplicantId() { return applicantId; }
  public void setApplicantId(String applicantId) { this.applicantId = applicantId; }
  public Decision getReviewRecommendation() { return reviewRecommendation; }
  public void setReviewRecommendation(Decision reviewRecommendation) { this.reviewRecommendation = reviewRecommendation; }
  public String getReviewOpinion() { return reviewOpinion; }
  public void setReviewOpinion(String reviewOpinion) { this.reviewOpinion = reviewOpinion; }
  public String getReviewerId() { return reviewerId; }
  public void setReviewerId(String reviewerId) { this.reviewerId = reviewerId; }
  public LocalDateTime getReviewedAt() { return reviewedAt; }
  public void setReviewedAt(LocalDateTime reviewedAt) { this.reviewedAt = reviewedAt; }
  public Decision getApprovalDecision() { return approvalDecision; }
  public void setApprovalDecision(Decision approvalDecision) { this.approvalDecision = approvalDecision; }
  public String getApprovalOpinion() { return approvalOpinion; }
  public void setApprovalOpinion(String approvalOpinion) { this.approvalOpinion = approvalOpinion; }
  public String getApproverId() { return approverId; }
  public void setApproverId(String approverId) { this.approverId = approverId; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public String getRequestKey() { return requestKey; }
  public void setRequestKey(String requestKey) { this.requestKey = requestKey; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
