package org.gridgov.talk;

/** A resident invited to a talk or who came without an invitation. */
public class TalkParticipant {

  private Long id;
  private Long talkId;
  private String name;
  private String household;
  private String phone;
  private boolean invited;
  private boolean attended;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getTalkId() { return talkId; }
  public void setTalkId(Long talkId) { this.talkId = talkId; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getHousehold() { return household; }
  public void setHousehold(String household) { this.household = household; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public boolean isInvited() { return invited; }
  public void setInvited(boolean invited) { this.invited = invited; }
  public boolean isAttended() { return attended; }
  public void setAttended(boolean attended) { this.attended = attended; }
}
