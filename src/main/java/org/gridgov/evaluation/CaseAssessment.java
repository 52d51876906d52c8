package org.gridgov.evaluation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.EngineTime;
import org.gridgov.cases.Rung;
import org.gridgov.cases.Satisfaction;
import org.springframework.stereotype.Service;

/**
 * Writes a case's assessment record at closure (结案): response and resolution times, whether
 * each deadline was kept, the rung that resolved it, bounces, extensions, rework, reopening,
 * shelving and the reporter's satisfaction. Written once per case; a retried step writes nothing.
 */
@Service
public class CaseAssessment {

  private final AssessmentMapper assessments;
  private final CaseReadModel readModel;

  CaseAssessment(AssessmentMapper assessments, CaseReadModel readModel) {
    this.assessments = assessments;
    this.readModel = readModel;
  }

  public Optional<AssessmentRecord> of(String caseNo) {
    return Optional.ofNullable(assessments.find(caseNo));
  }

  void record(String caseNo, String outcome, Rung resolvedRung, Satisfaction satisfaction) {
    if (assessments.find(caseNo) != null) {
      return;
    }
    CaseRecord c = readModel.get(caseNo);
    LocalDateTime closed = c.getClosedAt() != null ? c.getClosedAt() : EngineTime.nowLocal();
    LocalDateTime responded = c.getFirstResponseAt();
    AssessmentRecord record = new AssessmentRecord(caseNo, c.getCategoryCode(), c.getGridId(), c.getCommunityId(),
        c.getTownshipId(), c.getLeadDepartmentId(), outcome, resolvedRung == null ? null : resolvedRung.name(),
        c.getCreatedAt(), responded, closed,
        responded == null ? null : Duration.between(c.getCreatedAt(), responded).toMinutes(),
        Duration.between(c.getCreatedAt(), closed).toMinutes(),
        responded != null && c.getResponseDue() != null && !responded.isAfter(c.getResponseDue()),
        c.getResolveDue() != null && !closed.isAfter(c.getResolveDue()),
        c.isEscalated(), c.getBounceCount(), c.getExtensionCount(), c.getReworkCount(), c.getReopenCount(),
        c.getShelveCount(), satisfaction.name(), EngineTime.nowLocal());
    assessments.insert(record);
    readModel.note(caseNo, CaseEventType.ASSESSED, null, null,
        "考核记录：" + ("RESOLVED".equals(outcome) ? "办结" : "不予受理")
            + (record.closedOnTime() ? "，按期" : "，超期")
            + (resolvedRung == null ? "" : "，" + resolvedRung.label() + "解决")
            + "，评价 " + satisfaction.label());
  }
}
