package org.gridgov.mediation;

import java.time.LocalDateTime;

/** A dispute handed to a legal channel when mediation failed (依法分流). */
public class DisputeReferral {

  private Long id;
  private Long disputeId;
  private ReferralChannel channel;
  private String receivingBody;
  private String reason;
  private String referredBy;
  private LocalDateTime referredAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getDisputeId() { return disputeId; }
  public void setDisputeId(Long disputeId) { this.disputeId = disputeId; }
  public ReferralChannel getChannel() { return channel; }
  public void setChannel(ReferralChannel channel) { this.channel = channel; }
  public String getReceivingBody() { return receivingBody; }
  public void setReceivingBody(String receivingBody) { this.receivingBody = receivingBody; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getReferredBy() { return referredBy; }
  public void setReferredBy(String referredBy) { this.referredBy = referredBy; }
  public LocalDateTime getReferredAt() { return referredAt; }
  public void setReferredAt(LocalDateTime referredAt) { this.referredAt = referredAt; }
}
