package org.gridgov.open311;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.gridgov.cases.CaseStatus;

/** A case as Open311 shows it (no reporter data: GridGov never hands names or phones to clients). */
class RequestRow {

  private String caseNo;
  private CaseStatus status;
  private String statusReason;
  private String categoryCode;
  private String categoryName;
  private String description;
  private String addressText;
  private BigDecimal lat;
  private BigDecimal lng;
  private String leadDepartmentId;
  private String gridId;
  private String communityId;
  private String masterCaseNo;
  private LocalDateTime resolveDue;
  private LocalDateTime createdAt;
  private LocalDateTime updatedAt;

  public String getCaseNo() { return caseNo; }
  public void setCaseNo(String caseNo) { this.caseNo = caseNo; }
  public CaseStatus getStatus() { return status; }
  public void setStatus(CaseStatus status) { this.status = status; }
  public String getStatusReason() { return statusReason; }
  public void setStatusReason(String statusReason) { this.statusReason = statusReason; }
  public String getCategoryCode() { return categoryCode; }
  public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
  public String getCategoryName() { return categoryName; }
  public void setCategoryName(String categoryName) { this.categoryName = categoryName; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getAddressText() { return addressText; }
  public void setAddressText(String addressText) { this.addressText = addressText; }
  public BigDecimal getLat() { return lat; }
  public void setLat(BigDecimal lat) { this.lat = lat; }
  public BigDecimal getLng() { return lng; }
  public void setLng(BigDecimal lng) { this.lng = lng; }
  public String getLeadDepartmentId() { return leadDepartmentId; }
  public void setLeadDepartmentId(String leadDepartmentId) { this.leadDepartmentId = leadDepartmentId; }
  public String getGridId() { return gridId; }
  public void setGridId(String gridId) { this.gridId = gridId; }
  public String getCommunityId() { return communityId; }
  public void setCommunityId(String communityId) { this.communityId = communityId; }
  public String getMasterCaseNo() { return masterCaseNo; }
  public void setMasterCaseNo(String masterCaseNo) { this.masterCaseNo = masterCaseNo; }
  public LocalDateTime getResolveDue() { return resolveDue; }
  public void setResolveDue(LocalDateTime resolveDue) { this.resolveDue = resolveDue; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
