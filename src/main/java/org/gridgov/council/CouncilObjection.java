package org.gridgov.council;

import java.time.LocalDateTime;

/** A resident's objection to a published resolution, and its answer. */
public class CouncilObjection {

  private Long id;
  private Long matterId;
  private Long noticeId;
  private String objectorName;
  private String objectorPhone;
  private String content;
  private LocalDateTime filedAt;
  private Boolean sustained;
  private String answer;
  private String answeredBy;
  private LocalDateTime answeredAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getMatterId() { return matterId; }
  public void setMatterId(Long matterId) { this.matterId = matterId; }
  public Long getNoticeId() { return noticeId; }
  public void setNoticeId(Long noticeId) { this.noticeId = noticeId; }
  public String getObjectorName() { return objectorName; }
  public void setObjectorName(String objectorName) { this.objectorName = objectorName; }
  public String getObjectorPhone() { return objectorPhone; }
  public void setObjectorPhone(String objectorPhone) { this.objectorPhone = objectorPhone; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
  public LocalDateTime getFiledAt() { return filedAt; }
  public void setFiledAt(LocalDateTime filedAt) { this.filedAt = filedAt; }
  public Boolean getSustained() { return sustained; }
  public void setSustained(Boolean sustained) { this.sustained = sustained; }
  public String getAnswer() { return answer; }
  public void setAnswer(String answer) { this.answer = answer; }
  public String getAnsweredBy() { return answeredBy; }
  public void setAnsweredBy(String answeredBy) { this.answeredBy = answeredBy; }
  public LocalDateTime getAnsweredAt() { return answeredAt; }
  public void setAnsweredAt(LocalDateTime answeredAt) { this.answeredAt = answeredAt; }
}
