package org.gridgov.talk;

import java.time.LocalDateTime;

/** A 小板凳恳谈会: a community sits down with its residents on one topic. */
public class Talk {

  /** Where the meeting stands. */
  public enum Status { INVITED, HELD, SUMMARISED, CONCLUDED }

  private Long id;
  private String talkNo;
  private String communityId;
  private String topic;
  private String place;
  private LocalDateTime scheduledAt;
  private Status status;
  private String notes;
  private String processInstanceId;
  private String createdBy;
  private LocalDateTime createdAt;
  private LocalDateTime updatedAt;
  private LocalDateTime concludedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getTalkNo() { return talkNo; }
  public void setTalkNo(String talkNo) { this.talkNo = talkNo; }
  public String getCommunityId() { return communityId; }
  public void setCommunityId(String communityId) { this.communityId = communityId; }
  public String getTopic() { return topic; }
  public void setTopic(String topic) { this.topic = topic; }
  public String getPlace() { return place; }
  public void setPlace(String place) { this.place = place; }
  public LocalDateTime getScheduledAt() { return scheduledAt; }
  public void setScheduledAt(LocalDateTime scheduledAt) { this.scheduledAt = scheduledAt; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public String getNotes() { return notes; }
  public void setNotes(String notes) { this.notes = notes; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public String getCreatedBy() { return createdBy; }
  public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
  public LocalDateTime getConcludedAt() { return concludedAt; }
  public void setConcludedAt(LocalDateTime concludedAt) { this.concludedAt = concludedAt; }
}
