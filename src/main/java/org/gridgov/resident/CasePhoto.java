package org.gridgov.resident;

import java.time.LocalDateTime;

/** One row of {@code gov_case_photo}; {@code content} is loaded only when the photo is served. */
public class CasePhoto {

  private Long id;
  private String caseNo;
  private PhotoKind kind;
  private String contentType;
  private int sizeBytes;
  private String sha256;
  private byte[] content;
  private String uploadedBy;
  private LocalDateTime createdAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getCaseNo() { return caseNo; }
  public void setCaseNo(String caseNo) { this.caseNo = caseNo; }
  public PhotoKind getKind() { return kind; }
  public void setKind(PhotoKind kind) { this.kind = kind; }
  public String getContentType() { return contentType; }
  public void setContentType(String contentType) { this.contentType = contentType; }
  public int getSizeBytes() { return sizeBytes; }
  public void setSizeBytes(int sizeBytes) { this.sizeBytes = sizeBytes; }
  public String getSha256() { return sha256; }
  public void setSha256(String sha256) { this.sha256 = sha256; }
  public byte[] getContent() { return content; }
  public void setContent(byte[] content) { this.content = content; }
  public String getUploadedBy() { return uploadedBy; }
  public void setUploadedBy(String uploadedBy) { this.uploadedBy = uploadedBy; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
