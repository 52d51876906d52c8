package org.gridgov.council;

import java.time.LocalDateTime;

/** A notice on the village affairs board (村务公开栏); a resolution carries a publicity period. */
public class CouncilNotice {

  /** What a notice publishes. */
  public enum Kind { RESOLUTION, REJECTION, RESULTS }

  private Long id;
  private Long matterId;
  private Kind kind;
  private String content;
  private LocalDateTime publishedAt;
  private Integer publicityDays;
  private LocalDateTime publicityEnds;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getMatterId() { return matterId; }
  public void setMatterId(Long matterId) { this.matterId = matterId; }
  public Kind getKind() { return kind; }
  public void setKind(Kind kind) { this.kind = kind; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
  public LocalDateTime getPublishedAt() { return publishedAt; }
  public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
  public Integer getPublicityDays() { return publicityDays; }
  public void setPublicityDays(Integer publicityDays) { this.publicityDays = publicityDays; }
  public LocalDateTime getPublicityEnds() { return publicityEnds; }
  public void setPublicityEnds(LocalDateTime publicityEnds) { this.publicityEnds = publicityEnds; }
}
