package org.gridgov.talk;

import java.time.LocalDateTime;

/** One entry of the 群众诉求清单 and what became of it. */
public class TalkDemand {

  /** Where a demand is handed on. */
  public enum Route {
    CASE("转为事件案件办理"),
    COUNCIL("提交四议两公开决策"),
    ANSWER("当场答复并说明理由");

    private final String label;

    Route(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private Long id;
  private Long talkId;
  private int seq;
  private String content;
  private Route route;
  private String categoryCode;
  private String caseNo;
  private String councilMatterNo;
  private String answer;
  private String decidedBy;
  private LocalDateTime decidedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getTalkId() { return talkId; }
  public void setTalkId(Long talkId) { this.talkId = talkId; }
  public int getSeq() { return seq; }
  public void setSeq(int seq) { this.seq = seq; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
  public Route getRoute() { return route; }
  public void setRoute(Route route) { this.route = route; }
  public String getCategoryCode() { return categoryCode; }
  public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
  public String getCaseNo() { return caseNo; }
  public void setCaseNo(String caseNo) { this.caseNo = caseNo; }
  public String getCouncilMatterNo() { return councilMatterNo; }
  public void setCouncilMatterNo(String councilMatterNo) { this.councilMatterNo = councilMatterNo; }
  public String getAnswer() { return answer; }
  public void setAnswer(String answer) { this.answer = answer; }
  public String getDecidedBy() { return decidedBy; }
  public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }

  /** What became of the demand, in words for the residents who raised it. */
  public String outcome() {
    if (route == null) {
      return "尚在研究";
    }
    return switch (route) {
      case CASE -> "已转为事件案件 " + caseNo + " 办理，可凭编号查询进度";
      case COUNCIL -> "已提交“四议两公开”决策(事项编号 " + councilMatterNo + ")";
      case ANSWER -> "答复：" + answer;
    };
  }
}
