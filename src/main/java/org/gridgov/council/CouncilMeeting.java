package org.gridgov.council;

import java.time.LocalDateTime;

/** One convocation of a voting meeting: who should attend, who came, the votes and the rule applied. */
public class CouncilMeeting {

  private Long id;
  private Long matterId;
  private MeetingKind kind;
  private int attempt;
  private String place;
  private LocalDateTime scheduledAt;
  private LocalDateTime noticeAt;
  private int expectedCount;
  private Integer householdsTotal;
  private Integer attendeeCount;
  private Integer householdsRepresented;
  private Integer votesFor;
  private Integer votesAgainst;
  private Integer votesAbstain;
  private Boolean quorumReached;
  private Boolean passed;
  private String ruleApplied;
  private String minutes;
  private String recordedBy;
  private LocalDateTime recordedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getMatterId() { return matterId; }
  public void setMatterId(Long matterId) { this.matterId = matterId; }
  public MeetingKind getKind() { return kind; }
  public void setKind(MeetingKind kind) { this.kind = kind; }
  public int getAttempt() { return attempt; }
  public void setAttempt(int attempt) { this.attempt = attempt; }
  public String getPlace() { return place; }
  public void setPlace(String place) { this.place = place; }
  public LocalDateTime getScheduledAt() { return scheduledAt; }
  public void setScheduledAt(LocalDateTime scheduledAt) { this.scheduledAt = scheduledAt; }
  public LocalDateTime getNoticeAt() { return noticeAt; }
  public void setNoticeAt(LocalDateTime noticeAt) { this.noticeAt = noticeAt; }
  public int getExpectedCount() { return expectedCount; }
  public void setExpectedCount(int expectedCount) { this.expectedCount = expectedCount; }
  public Integer getHouseholdsTotal() { return householdsTotal; }
  public void setHouseholdsTotal(Integer householdsTotal) { this.householdsTotal = householdsTotal; }
  public Integer getAttendeeCount() { return attendeeCount; }
  public void setAttendeeCount(Integer attendeeCount) { this.attendeeCount = attendeeCount; }
  public Integer getHouseholdsRepresented() { return householdsRepresented; }
  public void setHouseholdsRepresented(Integer householdsRepresented) { this.householdsRepresented = householdsRepresented; }
  public Integer getVotesFor() { return votesFor; }
  public void setVotesFor(Integer votesFor) { this.votesFor = votesFor; }
  public Integer getVotesAgainst() { return votesAgainst; }
  public void setVotesAgainst(Integer votesAgainst) { this.votesAgainst = votesAgainst; }
  public Integer getVotesAbstain() { return votesAbstain; }
  public void setVotesAbstain(Integer votesAbstain) { this.votesAbstain = votesAbstain; }
  public Boolean getQuorumReached() { return quorumReached; }
  public void setQuorumReached(Boolean quorumReached) { this.quorumReached = quorumReached; }
  public Boolean getPassed() { return passed; }
  public void setPassed(Boolean passed) { this.passed = passed; }
  public String getRuleApplied() { return ruleApplied; }
  public void setRuleApplied(String ruleApplied) { this.ruleApplied = ruleApplied; }
  public String getMinutes() { return minutes; }
  public void setMinutes(String minutes) { this.minutes = minutes; }
  public String getRecordedBy() { return recordedBy; }
  public void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
  public void setRecordedAt(LocalDateTime recordedAt) { this.recordedAt = recordedAt; }
}
