package org.gridgov.talk;

/** One resident's opinion at a talk, numbered within the meeting, and the demand it went into. */
public class TalkOpinion {

  private Long id;
  private Long talkId;
  private Long participantId;
  private int seq;
  private String content;
  private Long demandId;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getTalkId() { return talkId; }
  public void setTalkId(Long talkId) { this.talkId = talkId; }
  public Long getParticipantId() { return participantId; }
  public void setParticipantId(Long participantId) { this.participantId = participantId; }
  public int getSeq() { return seq; }
  public void setSeq(int seq) { this.seq = seq; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
  public Long getDemandId() { return demandId; }
  public void setDemandId(Long demandId) { this.demandId = demandId; }
}
