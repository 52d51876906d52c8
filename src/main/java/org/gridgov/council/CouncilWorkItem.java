package org.gridgov.council;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One work item of a resolution's implementation (实施), with its progress in percent. */
public class CouncilWorkItem {

  private Long id;
  private Long matterId;
  private int seq;
  private String title;
  private String responsible;
  private LocalDate plannedFinish;
  private String caseNo;
  private int progress;
  private LocalDateTime finishedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getMatterId() { return matterId; }
  public void setMatterId(Long matterId) { this.matterId = matterId; }
  public int getSeq() { return seq; }
  public void setSeq(int seq) { this.seq = seq; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getResponsible() { return responsible; }
  public void setResponsible(String responsible) { this.responsible = responsible; }
  public LocalDate getPlannedFinish() { return plannedFinish; }
  public void setPlannedFinish(LocalDate plannedFinish) { this.plannedFinish = plannedFinish; }
  public String getCaseNo() { return caseNo; }
  public void setCaseNo(String caseNo) { this.caseNo = caseNo; }
  public int getProgress() { return progress; }
  public void setProgress(int progress) { this.progress = progress; }
  public LocalDateTime getFinishedAt() { return finishedAt; }
  public void setFinishedAt(LocalDateTime finishedAt) { this.finishedAt = finishedAt; }
}
