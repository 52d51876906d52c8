package org.gridgov.admission;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One matter on the grid admission list (网格事项准入清单). */
public class AdmissionItem {

  public enum Kind { PERMANENT, TEMPORARY }

  public enum Status { LISTED, EXITED }

  private String code;
  private String name;
  private String description;
  private String categoryCode;
  private String departmentId;
  private String gridDuty;
  private Kind admissionKind;
  private Status status;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private LocalDate nextReviewDate;
  private String exitReason;
  private LocalDateTime createdAt;
  private LocalDateTime updatedAt;

  /** Whether the matter may be put on grid workers on the given day. */
  public boolean admitsOn(LocalDate day) {
    return status == Status.LISTED
        && !day.isBefore(validFrom)
        && (validUntil == null || !day.isAfter(validUntil));
  }

  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getCategoryCode() { return categoryCode; }
  public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
  public String getDepartmentId() { return departmentId; }
  public void setDepartmentId(String departmentId) { this.departmentId = departmentId; }
  public String getGridDuty() { return gridDuty; }
  public void setGridDuty(String gridDuty) { this.gridDuty = gridDuty; }
  public Kind getAdmissionKind() { return admissionKind; }
  public void setAdmissionKind(Kind admissionKind) { this.admissionKind = admissionKind; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public LocalDate getValidFrom() { return validFrom; }
  public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
  public LocalDate getValidUntil() { return validUntil; }
  public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
  public LocalDate getNextReviewDate() { return nextReviewDate; }
  public void setNextReviewDate(LocalDate nextReviewDate) { this.nextReviewDate = nextReviewDate; }
  public String getExitReason() { return exitReason; }
  public void setExitReason(String exitReason) { this.exitReason = exitReason; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
