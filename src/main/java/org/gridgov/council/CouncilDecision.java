package org.gridgov.council;

import java.time.LocalDateTime;

/** A step's decision on the proposal: drafted, adopted, sent back for revision or rejected. */
public class CouncilDecision {

  /** The step that decided. */
  public enum Step { PROPOSAL, DELIBERATION, JOINT }

  /** What it decided. */
  public enum Verdict { PROPOSED, ADOPT, REVISE, REJECT }

  private Long id;
  private Long matterId;
  private Step step;
  private Verdict decision;
  private String comment;
  private String decidedBy;
  private LocalDateTime decidedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getMatterId() { return matterId; }
  public void setMatterId(Long matterId) { this.matterId = matterId; }
  public Step getStep() { return step; }
  public void setStep(Step step) { this.step = step; }
  public Verdict getDecision() { return decision; }
  public void setDecision(Verdict decision) { this.decision = decision; }
  public String getComment() { return comment; }
  public void setComment(String comment) { this.comment = comment; }
  public String getDecidedBy() { return decidedBy; }
  public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }
}
