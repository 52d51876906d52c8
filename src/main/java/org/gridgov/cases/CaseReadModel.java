package org.gridgov.cases;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The case read model ({@code gov_case}) and its timeline ({@code gov_case_event}). Every change
 * of a case's state goes through here and leaves a timeline entry, in the transaction of the
 * process step that caused it, so the read model never runs ahead of or behind the engine.
 */
@Service
public class CaseReadModel {

  private final CaseMapper cases;

  CaseReadModel(CaseMapper cases) {
    this.cases = cases;
  }

  public Optional<CaseRecord> find(String caseNo) {
    return Optional.ofNullable(cases.find(caseNo));
  }

  public CaseRecord get(String caseNo) {
    return find(caseNo).orElseThrow(() -> new UnknownCaseException(caseNo));
  }

  public Optional<CaseRecord> findByIdempotencyKey(String key) {
    return Optional.ofNullable(cases.findByIdempotencyKey(key));
  }

  public Optional<CaseReporter> reporterOf(CaseRecord record) {
    return record.getReporterId() == null ? Optional.empty()
        : Optional.ofNullable(cases.findReporter(record.getReporterId()));
  }

  public List<CaseEvent> timeline(String caseNo) {
    return cases.findEvents(caseNo);
  }

  /**
   * Open cases of a category reported since a moment at the same address (see {@link AddressKey}) or
   * inside a box of coordinates, oldest first; either may be null.
   */
  public List<CaseRecord> openCasesOfCategoryNear(String categoryCode, Instant since, String excludingCaseNo,
      String addressKey, CoordinateBox box) {
    return cases.findOpenOfCategoryNear(categoryCode, EngineTime.toLocal(since), excludingCaseNo, addressKey, box);
  }

  /**
   * Stores a new case (status REPORTED) with its reporter, if any, and the first timeline entry,
   * in the caller's transaction.
   */
  public CaseRecord register(CaseRecord record, CaseReporter reporter, String actor) {
    LocalDateTime now = EngineTime.nowLocal();
    if (reporter != null) {
      reporter.setCreatedAt(now);
      cases.insertReporter(reporter);
      record.setReporterId(reporter.getId());
    }
    record.setStatus(CaseStatus.REPORTED);
    record.setCreatedAt(now);
    record.setUpdatedAt(now);
    cases.insert(record);
    event(record.getCaseNo(), CaseEventType.REPORTED, CaseStatus.REPORTED, record.getGridId(), actor,
        record.getSource().label() + "，渠道 " + record.getChannel());
    return record;
  }

  public void attachProcess(String caseNo, String processInstanceId) {
    cases.setProcessInstance(caseNo, processInstanceId, EngineTime.nowLocal());
  }

  /** Moves the case to a status and records why on the timeline. */
  public void changeStatus(String caseNo, CaseStatus status, CaseEventType eventType, String unitId, String actor,
      String detail) {
    check(cases.setStatus(caseNo, status, detail, EngineTime.nowLocal()), caseNo);
    event(caseNo, eventType, status, unitId, actor, detail);
  }

  /** A timeline entry that leaves the status as it is. */
  public void note(String caseNo, CaseEventType eventType, String unitId, String actor, String detail) {
    event(caseNo, eventType, get(caseNo).getStatus(), unitId, actor, detail);
  }

  public void locate(String caseNo, String gridId, String communityId, String townshipId) {
    check(cases.setLocation(caseNo, gridId, communityId, townshipId, EngineTime.nowLocal()), caseNo);
  }

  public void route(String caseNo, String handlingLevel, String leadDepartmentId, boolean emergency,
      Instant responseDue, Instant resolveDue) {
    check(cases.setRouting(caseNo, handlingLevel, leadDepartmentId, emergency, EngineTime.toLocal(responseDue),
        EngineTime.toLocal(resolveDue), EngineTime.nowLocal()), caseNo);
  }

  public void enterRung(String caseNo, Rung rung) {
    check(cases.setRung(caseNo, rung, EngineTime.nowLocal()), caseNo);
  }

  public void markEscalated(String caseNo) {
    check(cases.markEscalated(caseNo, EngineTime.nowLocal()), caseNo);
  }

  public void mergeInto(String caseNo, String masterCaseNo, String detail) {
    check(cases.merge(caseNo, masterCaseNo, EngineTime.nowLocal()), caseNo);
    event(caseNo, CaseEventType.MERGED, CaseStatus.MERGED, null, null, detail);
    note(masterCaseNo, CaseEventType.DUPLICATE_LINKED, null, null, "重复上报 " + caseNo + " 已并入本案");
  }

  /** Records the first time anyone acted on the case (the response time counts to here). */
  public void markFirstResponse(String caseNo) {
    cases.markFirstResponse(caseNo, EngineTime.nowLocal());
  }

  public void increment(String caseNo, CaseCounter counter) {
    check(cases.increment(caseNo, counter.column(), EngineTime.nowLocal()), caseNo);
  }

  public void setLeadDepartment(String caseNo, String departmentId) {
    check(cases.setLeadDepartment(caseNo, departmentId, EngineTime.nowLocal()), caseNo);
  }

  public void setResolveDue(String caseNo, Instant due) {
    check(cases.setResolveDue(caseNo, EngineTime.toLocal(due), EngineTime.nowLocal()), caseNo);
  }

  public void setShelvedUntil(String caseNo, Instant until) {
    check(cases.setShelvedUntil(caseNo, EngineTime.toLocal(until), EngineTime.nowLocal()), caseNo);
  }

  public void setReply(String caseNo, String reply) {
    check(cases.setReply(caseNo, reply, EngineTime.nowLocal()), caseNo);
  }

  public void markResolved(String caseNo) {
    check(cases.markResolved(caseNo, EngineTime.nowLocal()), caseNo);
  }

  public void markClosed(String caseNo) {
    check(cases.markClosed(caseNo, EngineTime.nowLocal()), caseNo);
  }

  public void setSatisfaction(String caseNo, Satisfaction satisfaction) {
    check(cases.setSatisfaction(caseNo, satisfaction, EngineTime.nowLocal()), caseNo);
  }

  /** The reporter's own words about the result (from the resident API or the follow-up call). */
  public void setEvaluationComment(String caseNo, String comment) {
    check(cases.setEvaluationComment(caseNo, comment, EngineTime.nowLocal()), caseNo);
  }

  private void event(String caseNo, CaseEventType type, CaseStatus status, String unitId, String actor,
      String detail) {
    CaseEvent event = new CaseEvent();
    event.setCaseNo(caseNo);
    event.setEventType(type.name());
    event.setStatus(status);
    event.setUnitId(unitId);
    event.setActor(actor);
    event.setDetail(detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000));
    event.setOccurredAt(EngineTime.nowLocal());
    cases.insertEvent(event);
  }

  private static void check(int updated, String caseNo) {
    if (updated != 1) {
      throw new UnknownCaseException(caseNo);
    }
  }
}
