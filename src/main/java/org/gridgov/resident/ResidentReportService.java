package org.gridgov.resident;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.gridgov.cases.CaseCatalogue;
import org.gridgov.cases.CaseEvent;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseReporter;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.gridgov.cases.Satisfaction;
import org.gridgov.evaluation.EvaluationService;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.IntakeReceipt;
import org.gridgov.privacy.Masking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The residents' side of a case: report (with photos, idempotent), track with the token, add
 * information while the case is open, rate the result. Whatever a request writes, it writes in one
 * transaction with the case, so a failure leaves nothing behind.
 */
@Service
class ResidentReportService {

  static final Set<CaseStatus> FINISHED = EnumSet.of(CaseStatus.CLOSED, CaseStatus.EVALUATED, CaseStatus.MERGED,
      CaseStatus.REJECTED);
  static final int MAX_SUPPLEMENT = 1000;

  private final CaseIntakeService intake;
  private final CaseReadModel readModel;
  private final CaseCatalogue catalogue;
  private final EvaluationService evaluation;
  private final RuntimeService runtime;
  private final ReportTokens tokens;
  private final Photos photos;
  private final ResidentMapper mapper;
  private final ResidentTimeline timeline;
  private final ReportRateLimiter rateLimiter;
  private final TransactionTemplate transaction;
  private final Semaphore filings;

  ResidentReportService(CaseIntakeService intake, CaseReadModel readModel, CaseCatalogue catalogue,
      EvaluationService evaluation, RuntimeService runtime, ReportTokens tokens, Photos photos, ResidentMapper mapper,
      ResidentTimeline timeline, ReportRateLimiter rateLimiter, PlatformTransactionManager transactions,
      ResidentProperties properties) {
    this.intake = intake;
    this.readModel = readModel;
    this.catalogue = catalogue;
    this.evaluation = evaluation;
    this.runtime = runtime;
    this.tokens = tokens;
    this.photos = photos;
    this.mapper = mapper;
    this.timeline = timeline;
    this.rateLimiter = rateLimiter;
    this.transaction = new TransactionTemplate(transactions);
    this.filings = new Semaphore(properties.concurrentFilings(), true);
  }

  List<ReportCategory> categories() {
    return mapper.categories();
  }

  /**
   * Files a report and its photos as one case. With an idempotency key seen before, the same
   * request answers the earlier case (with a further token, as the first answer may have been
   * lost) and a different request is refused; one still being filed answers "retry".
   */
  ReportReceipt submit(ReportSubmission submission, List<PhotoUpload> uploads, String idempotencyKey,
      String clientAddress) {
    rateLimiter.check(clientAddress, submission.reporterPhone());
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
    String fingerprint = submission.fingerprint(uploads);
    if (key != null) {
      Optional<CaseRecord> earlier = readModel.findByIdempotencyKey(key);
      if (earlier.isPresent()) {
        return replay(earlier.get(), fingerprint);
      }
    }
    acquireFilingSlot();
    try {
      ReportReceipt receipt = transaction.execute(status -> {
        IntakeReceipt filed = intake.report(submission.toIntake(key));
        if (filed.alreadyReported()) {
          // the same key was filed by a request that committed first: this attempt writes nothing
          status.setRollbackOnly();
          return null;
        }
        mapper.insertRequest(filed.caseNo(), fingerprint, EngineTime.nowLocal());
        photos.store(filed.caseNo(), PhotoKind.REPORT, uploads, null);
        return receipt(filed.caseNo(), filed.status(), filed.masterCaseNo(), tokens.issue(filed.caseNo()), false);
      });
      if (receipt == null) {
        return replay(readModel.findByIdempotencyKey(key).orElseThrow(), fingerprint);
      }
      return receipt;
    } finally {
      filings.release();
    }
  }

  ReportTracking track(String caseNo, String token) {
    return view(open(caseNo, token));
  }

  CasePhoto photo(String caseNo, String token, long photoId) {
    open(caseNo, token);
    return photos.find(caseNo, photoId).orElseThrow(ReportRejectedException::notFound);
  }

  /** 评价: 满意 / 基本满意 / 不满意 (or their codes) while the case waits for it. */
  ReportTracking evaluate(String caseNo, String token, String rating, String comment, String clientAddress) {
    CaseRecord record = open(caseNo, token);
    rateLimiter.check(clientAddress, null);
    Satisfaction satisfaction = Satisfaction.parseRating(rating == null ? null : rating.trim())
        .or(() -> Arrays.stream(Satisfaction.values())
            .filter(s -> s.isRating() && rating != null && s.label().equals(rating.trim())).findFirst())
        .orElseThrow(() -> new ReportRejectedException(HttpStatus.BAD_REQUEST, "invalid-rating", "评价无效",
            "评价须为 满意、基本满意 或 不满意"));
    evaluation.evaluate(record.getCaseNo(), satisfaction.name(), comment);
    return view(readModel.get(record.getCaseNo()));
  }

  /** 补充材料: text and/or photos while the case is still being handled. */
  ReportTracking supplement(String caseNo, String token, String text, List<PhotoUpload> uploads,
      String clientAddress) {
    CaseRecord record = open(caseNo, token);
    rateLimiter.check(clientAddress, null);
    String words = text == null || text.isBlank() ? null : text.trim();
    if (words == null && uploads.isEmpty()) {
      throw ReportRejectedException.invalid("请填写补充说明或附上照片");
    }
    if (words != null && words.length() > MAX_SUPPLEMENT) {
      throw ReportRejectedException.invalid("补充说明不能超过 " + MAX_SUPPLEMENT + " 字");
    }
    if (FINISHED.contains(record.getStatus())) {
      throw new ReportRejectedException(HttpStatus.CONFLICT, "case-finished", "诉求已办结",
          "诉求当前状态为「" + record.getStatus().label() + "」，不能再补充材料；如有新问题请重新上报");
    }
    transaction.executeWithoutResult(status -> {
      photos.store(record.getCaseNo(), PhotoKind.SUPPLEMENT, uploads, null);
      String detail = (words == null ? "上报人补充了照片" : "上报人补充：" + words)
          + (uploads.isEmpty() ? "" : "（附照片 " + uploads.size() + " 张）");
      readModel.note(record.getCaseNo(), CaseEventType.SUPPLEMENTED, record.getGridId(), null, detail);
    });
    return view(readModel.get(record.getCaseNo()));
  }

  /** The case the token opens; an unknown case and a wrong token answer alike. */
  private CaseRecord open(String caseNo, String token) {
    if (!tokens.opens(caseNo, token)) {
      throw ReportRejectedException.notFound();
    }
    return readModel.find(caseNo).orElseThrow(ReportRejectedException::notFound);
  }

  private ReportReceipt replay(CaseRecord earlier, String fingerprint) {
    if (!fingerprint.equals(mapper.requestHash(earlier.getCaseNo()))) {
      throw new ReportRejectedException(HttpStatus.CONFLICT, "idempotency-key-reused", "幂等键已用于其他上报",
          "该幂等键(Idempotency-Key)已用于内容不同的另一次上报；新的上报请使用新的幂等键");
    }
    String token = transaction.execute(status -> tokens.issue(earlier.getCaseNo()));
    CaseRecord now = readModel.get(earlier.getCaseNo());
    return receipt(now.getCaseNo(), now.getStatus(), now.getMasterCaseNo(), token, true);
  }

  private void acquireFilingSlot() {
    try {
      if (!filings.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new ReportRejectedException(HttpStatus.SERVICE_UNAVAILABLE, "busy", "系统繁忙",
            "上报人数较多，请稍后重试");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static ReportReceipt receipt(String caseNo, CaseStatus status, String masterCaseNo, String token,
      boolean replayed) {
    return new ReportReceipt(caseNo, token, status, status.label(), masterCaseNo,
        "/report/track.html?case=" + caseNo + "&token=" + token, replayed);
  }

  private ReportTracking view(CaseRecord record) {
    String caseNo = record.getCaseNo();
    List<CaseEvent> events = readModel.timeline(caseNo);
    Optional<CaseReporter> reporter = readModel.reporterOf(record);
    Satisfaction satisfaction = record.getSatisfaction();
    return new ReportTracking(caseNo, record.getStatus(), record.getStatus().label(), record.getCategoryCode(),
        catalogue.categoryName(record.getCategoryCode()), record.getDescription(), record.getAddressText(),
        record.getLat(), record.getLng(),
        reporter.map(r -> new ReportTracking.Reporter(Masking.name(r.getName()), Masking.phone(r.getPhone())))
            .orElse(null),
        offset(record.getCreatedAt()), offset(record.getResolveDue()), handlingUnit(record, events),
        reply(record, events), record.getMasterCaseNo(), timeline.of(events, record.getMasterCaseNo()),
        photos.of(caseNo).stream().map(p -> new ReportTracking.Photo(p.getId(), p.getKind(), p.getKind().label(),
            p.getContentType(), "/api/v1/reports/" + caseNo + "/photos/" + p.getId())).toList(),
        awaitsEvaluation(record),
        satisfaction == null || !satisfaction.isRating() ? null : satisfaction.name(),
        satisfaction == null ? null : satisfaction.label(), record.getEvaluationComment(),
        !FINISHED.contains(record.getStatus()));
  }

  /** The unit the case was last handed to: a rung of the ladder, or the department it was dispatched to. */
  private String handlingUnit(CaseRecord record, List<CaseEvent> events) {
    for (int i = events.size() - 1; i >= 0; i--) {
      CaseEvent event = events.get(i);
      if ((CaseEventType.RUNG_ENTERED.name().equals(event.getEventType())
          || CaseEventType.DISPATCHED.name().equals(event.getEventType())) && event.getUnitId() != null) {
        Optional<String> name = timeline.unitName(event.getUnitId());
        if (name.isPresent()) {
          return name.get();
        }
      }
    }
    return timeline.unitName(record.getGridId()).orElse(null);
  }

  /**
   * The handling unit's answer: the consolidated reply of the departments, or, for a case settled
   * by a rung of the ladder, what the unit wrote when it settled it.
   */
  private static String reply(CaseRecord record, List<CaseEvent> events) {
    if (record.getReply() != null) {
      return record.getReply();
    }
    if (record.getResolvedAt() == null && record.getStatus() != CaseStatus.CLOSED
        && record.getStatus() != CaseStatus.EVALUATED) {
      return null;
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      CaseEvent event = events.get(i);
      if (CaseEventType.TASK_COMPLETED.name().equals(event.getEventType()) && event.getDetail() != null
          && event.getDetail().contains("办结。")) {
        return event.getDetail().substring(event.getDetail().indexOf("办结。") + 3);
      }
    }
    return null;
  }

  private boolean awaitsEvaluation(CaseRecord record) {
    return record.getProcessInstanceId() != null && runtime.createEventSubscriptionQuery().eventType("message")
        .eventName(CaseVariables.MESSAGE_RESIDENT_EVALUATION).processInstanceId(record.getProcessInstanceId())
        .count() > 0;
  }

  private static OffsetDateTime offset(LocalDateTime local) {
    return local == null ? null : EngineTime.toInstant(local).atZone(EngineTime.zone()).toOffsetDateTime();
  }
}
