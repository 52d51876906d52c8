package org.gridgov.notification;

import java.time.LocalDateTime;

/** A row of the outbox {@code gov_notification}. */
public class OutboxEntry {

  public enum Status { PENDING, SENDING, SENT, FAILED }

  private Long id;
  private String dedupKey;
  private Notification.RecipientKind recipientKind;
  private String recipientRef;
  private String templateCode;
  private String referenceNo;
  private String content;
  private Status status;
  private int attempts;
  private LocalDateTime nextAttemptAt;
  private String claimToken;
  private LocalDateTime claimedUntil;
  private String channel;
  private String lastError;
  private LocalDateTime createdAt;
  private LocalDateTime sentAt;
  private LocalDateTime updatedAt;

  static OutboxEntry pending(Notification n, LocalDateTime now) {
    OutboxEntry entry = new OutboxEntry();
    entry.dedupKey = n.dedupKey();
    entry.recipientKind = n.recipientKind();
    entry.recipientRef = n.recipientRef();
    entry.templateCode = n.templateCode();
    entry.referenceNo = n.referenceNo();
    entry.content = n.text();
    entry.status = Status.PENDING;
    entry.nextAttemptAt = now;
    entry.createdAt = now;
    entry.updatedAt = now;
    return entry;
  }

  Notification toNotification() {
    return new Notification(dedupKey, recipientKind, recipientRef, templateCode, referenceNo, content);
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getDedupKey() { return dedupKey; }
  public void setDedupKey(String dedupKey) { this.dedupKey = dedupKey; }
  public Notification.RecipientKind getRecipientKind() { return recipientKind; }
  public void setRecipientKind(Notification.RecipientKind recipientKind) { this.recipientKind = recipientKind; }
  public String getRecipientRef() { return recipientRef; }
  public void setRecipientRef(String recipientRef) { this.recipientRef = recipientRef; }
  public String getTemplateCode() { return templateCode; }
  public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
  public String getReferenceNo() { return referenceNo; }
  public void setReferenceNo(String referenceNo) { this.referenceNo = referenceNo; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public int getAttempts() { return attempts; }
  public void setAttempts(int attempts) { this.attempts = attempts; }
  public LocalDateTime getNextAttemptAt() { return nextAttemptAt; }
  public void setNextAttemptAt(LocalDateTime nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
  public String getClaimToken() { return claimToken; }
  public void setClaimToken(String claimToken) { this.claimToken = claimToken; }
  public LocalDateTime getClaimedUntil() { return claimedUntil; }
  public void setClaimedUntil(LocalDateTime claimedUntil) { this.claimedUntil = claimedUntil; }
  public String getChannel() { return channel; }
  public void setChannel(String channel) { this.channel = channel; }
  public String getLastError() { return lastError; }
  public void setLastError(String lastError) { this.lastError = lastError; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getSentAt() { return sentAt; }
  public void setSentAt(LocalDateTime sentAt) { this.sentAt = sentAt; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
