package org.gridgov.admission;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Person;
import org.gridgov.organisation.Unit;
import org.gridgov.organisation.UnitType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admission procedure: a department applies, the county centre reviews and a second person
 * approves, the matter is published on the list; listed matters are kept or exited at their
 * yearly review, temporary ones exit at their end date. Every list change is written to the history.
 * Today is the engine's today, the clock that also runs the review timers.
 */
@Service
public class AdmissionService {

  static final int MAX_WORKLOAD_HOURS = 160;

  private final AdmissionMapper items;
  private final AdmissionApplicationMapper applications;
  private final OrganisationService organisation;
  private final JdbcTemplate jdbc;

  AdmissionService(AdmissionMapper items, AdmissionApplicationMapper applications, OrganisationService organisation,
      JdbcTemplate jdbc) {
    this.items = items;
    this.applications = applications;
    this.organisation = organisation;
    this.jdbc = jdbc;
  }

  /** What a department applies for (from the start form or the REST API). */
  public record Request(String departmentId, String applicantId, String name, String description, String reason,
      String categoryCode, String gridDuty, Integer workloadHoursPerMonth, String admissionKind, LocalDate validFrom,
      LocalDate validUntil, String requestKey) {
  }

  @Transactional
  public AdmissionApplication apply(Request request, String processInstanceId) {
    AdmissionApplication application = validated(request);
    application.setStatus(AdmissionApplication.Status.SUBMITTED);
    application.setProcessInstanceId(processInstanceId);
    application.setRequestKey(request.requestKey());
    application.setCreatedAt(now());
    // unique placeholders until the id gives the readable numbers
    String placeholder = UUID.randomUUID().toString().replace("-", "");
    application.setApplicationNo(placeholder);
    application.setItemCode(placeholder);
    applications.insert(application);
    application.setApplicationNo("ZR" + today().format(DateTimeFormatter.BASIC_ISO_DATE)
        + String.format("%05d", application.getId()));
    application.setItemCode(String.format("GA%06d", application.getId()));
    applications.update(application);
    return application;
  }

  @Transactional
  public AdmissionApplication recordReview(long applicationId, String recommendation, String opinion, String reviewerId) {
    AdmissionApplication application = submitted(applicationId);
    AdmissionApplication.Decision decision = decision(recommendation, "审核意见");
    application.setReviewRecommendation(decision);
    application.setReviewOpinion(opinion(opinion, decision, "审核"));
    application.setReviewerId(reviewerId);
    application.setReviewedAt(now());
    applications.update(application);
    return application;
  }

  /** Approval by a second person of the centre: the reviewer may not approve their own review. */
  @Transactional
  public AdmissionApplication recordApproval(long applicationId, String decisionValue, String opinion,
      String approverId) {
    AdmissionApplication application = submitted(applicationId);
    if (approverId != null && approverId.equals(application.getReviewerId())) {
      throw new InvalidAdmissionException("审核人与审批人不能是同一人，请由另一名工作人员审批");
    }
    AdmissionApplication.Decision decision = decision(decisionValue, "审批结果");
    application.setApprovalDecision(decision);
    application.setApprovalOpinion(opinion(opinion, decision, "审批"));
    application.setApproverId(approverId);
    applications.update(application);
    return application;
  }

  @Transactional
  public AdmissionApplication reject(long applicationId) {
    AdmissionApplication application = submitted(applicationId);
    application.setStatus(AdmissionApplication.Status.REJECTED);
    application.setDecidedAt(now());
    applications.update(application);
    return application;
  }

  /** The approved matter goes on the list; permanent matters get their first yearly review date. */
  @Transactional
  public AdmissionItem publish(long applicationId) {
    AdmissionApplication application = submitted(applicationId);
    application.setStatus(AdmissionApplication.Status.APPROVED);
    application.setDecidedAt(now());
    applications.update(application);

    AdmissionItem item = new AdmissionItem();
    item.setCode(application.getItemCode());
    item.setName(application.getName());
    item.setDescription(application.getDescription());
    item.setCategoryCode(application.getCategoryCode());
    item.setDepartmentId(application.getDepartmentId());
    item.setGridDuty(application.getGridDuty());
    item.setAdmissionKind(application.getAdmissionKind());
    item.setStatus(AdmissionItem.Status.LISTED);
    item.setValidFrom(application.getValidFrom());
    item.setValidUntil(application.getValidUntil());
    if (application.getAdmissionKind() == AdmissionItem.Kind.PERMANENT) {
      item.setNextReviewDate(application.getValidFrom().plusYears(1));
    }
    item.setCreatedAt(now());
    item.setUpdatedAt(item.getCreatedAt());
    items.insert(item);
    record(item, AdmissionChange.Kind.ADMITTED, application.getApprovalOpinion(), application.getApproverId(),
        application.getId());
    return item;
  }

  /** Checks a yearly review decision before its task completes. */
  public void checkAnnualReview(String decision, String reason) {
    if (!"KEEP".equals(decision) && !"EXIT".equals(decision)) {
      throw new InvalidAdmissionException("请选择复核结论：保留或退出");
    }
    if (reason == null || reason.trim().length() < 5 || reason.length() > 500) {
      throw new InvalidAdmissionException("请填写复核理由(5-500字)");
    }
  }

  /** Kept at the yearly review: the next review is a year after the one just done. */
  @Transactional
  public AdmissionItem keep(String code, String reason, String reviewerId) {
    AdmissionItem item = listed(code);
    item.setNextReviewDate(item.getNextReviewDate().plusYears(1));
    item.setUpdatedAt(now());
    items.updateStatus(item);
    record(item, AdmissionChange.Kind.KEPT, reason, reviewerId, null);
    return item;
  }

  @Transactional
  public AdmissionItem exit(String code, String reason, String reviewerId) {
    return leave(listed(code), AdmissionChange.Kind.EXITED, reason, reviewerId);
  }

  /** A temporary admission reached its end date. */
  @Transactional
  public AdmissionItem expire(String code) {
    AdmissionItem item = listed(code);
    return leave(item, AdmissionChange.Kind.EXPIRED, "临时准入期限届满(" + item.getValidUntil() + ")", null);
  }

  public java.util.Optional<AdmissionApplication> applicationWithRequestKey(String requestKey) {
    return java.util.Optional.ofNullable(applications.findByRequestKey(requestKey));
  }

  public AdmissionApplication application(long applicationId) {
    AdmissionApplication application = applications.findById(applicationId);
    if (application == null) {
      throw new IllegalStateException("admission application " + applicationId + " does not exist");
    }
    return application;
  }

  /** The moment a day starts, for timers. */
  public static java.util.Date startOf(LocalDate day) {
    return java.util.Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private AdmissionItem leave(AdmissionItem item, AdmissionChange.Kind kind, String reason, String by) {
    item.setStatus(AdmissionItem.Status.EXITED);
    item.setExitReason(reason);
    item.setNextReviewDate(null);
    item.setUpdatedAt(now());
    items.updateStatus(item);
    record(item, kind, reason, by, null);
    return item;
  }

  private void record(AdmissionItem item, AdmissionChange.Kind kind, String reason, String by, Long applicationId) {
    AdmissionChange change = new AdmissionChange();
    change.setItemCode(item.getCode());
    change.setChangeKind(kind);
    change.setStatusAfter(item.getStatus());
    change.setReason(reason);
    change.setChangedBy(by);
    change.setApplicationId(applicationId);
    change.setNextReviewDate(item.getNextReviewDate());
    change.setChangedAt(now());
    applications.insertChange(change);
  }

  private AdmissionItem listed(String code) {
    AdmissionItem item = items.findByCode(code);
    if (item == null || item.getStatus() != AdmissionItem.Status.LISTED) {
      throw new IllegalStateException("admission item " + code + " is not listed");
    }
    return item;
  }

  private AdmissionApplication submitted(long applicationId) {
    AdmissionApplication application = application(applicationId);
    if (application.getStatus() != AdmissionApplication.Status.SUBMITTED) {
      throw new InvalidAdmissionException("准入申请 " + application.getApplicationNo() + " 已办结");
    }
    return application;
  }

  private static AdmissionApplication.Decision decision(String value, String what) {
    try {
      return AdmissionApplication.Decision.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidAdmissionException("请选择" + what + "：准入或不准入");
    }
  }

  private static String opinion(String opinion, AdmissionApplication.Decision decision, String what) {
    String text = opinion == null ? "" : opinion.trim();
    if (decision == AdmissionApplication.Decision.REJECT && text.length() < 5) {
      throw new InvalidAdmissionException("不予准入须填写" + what + "理由(至少5字)");
    }
    if (text.length() > 500) {
      throw new InvalidAdmissionException(what + "意见不能超过500字");
    }
    return text.isEmpty() ? null : text;
  }

  private AdmissionApplication validated(Request request) {
    Unit department = request.departmentId() == null ? null : organisation.unit(request.departmentId()).orElse(null);
    if (department == null || department.getUnitType() != UnitType.DEPARTMENT) {
      throw new InvalidAdmissionException("申请单位须为县职能部门: " + request.departmentId());
    }
    if (request.applicantId() != null) {
      Person applicant = organisation.person(request.applicantId()).orElse(null);
      if (applicant == null || !department.getId().equals(applicant.getUnitId())) {
        throw new InvalidAdmissionException("只有" + department.getName() + "的工作人员可以代表该部门申请");
      }
    }
    String name = text(request.name(), "事项名称", 2, 100);
    String description = text(request.description(), "事项内容", 10, 500);
    String reason = text(request.reason(), "申请理由", 10, 500);
    String gridDuty = text(request.gridDuty(), "网格员职责", 2, 300);
    String categoryCode = request.categoryCode() == null || request.categoryCode().isBlank()
        ? null : request.categoryCode();
    if (categoryCode != null && jdbc.queryForObject("select count(*) from gov_case_category where code = ?",
        Integer.class, categoryCode) == 0) {
      throw new InvalidAdmissionException("事项分类不存在: " + categoryCode);
    }
    Integer workload = request.workloadHoursPerMonth();
    if (workload == null || workload < 0 || workload > MAX_WORKLOAD_HOURS) {
      throw new InvalidAdmissionException("每名网格员每月工作量须为 0-" + MAX_WORKLOAD_HOURS + " 小时");
    }
    AdmissionItem.Kind kind;
    try {
      kind = AdmissionItem.Kind.valueOf(request.admissionKind());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidAdmissionException("请选择准入类型：长期或临时");
    }
    LocalDate validFrom = request.validFrom();
    if (validFrom == null || validFrom.isBefore(today())) {
      throw new InvalidAdmissionException("生效日期不能为空，也不能早于今天");
    }
    LocalDate validUntil = request.validUntil();
    if (kind == AdmissionItem.Kind.TEMPORARY) {
      if (validUntil == null || validUntil.isBefore(validFrom)) {
        throw new InvalidAdmissionException("临时准入须填写不早于生效日期的截止日期");
      }
      if (validUntil.isAfter(validFrom.plusYears(1))) {
        throw new InvalidAdmissionException("临时准入最长一年；更长时间请申请长期准入，接受年度复核");
      }
    } else if (validUntil != null) {
      throw new InvalidAdmissionException("长期准入不设截止日期，由年度复核决定保留或退出");
    }
    AdmissionApplication application = new AdmissionApplication();
    application.setDepartmentId(department.getId());
    application.setApplicantId(request.applicantId());
    application.setName(name);
    application.setDescription(description);
    application.setReason(reason);
    application.setCategoryCode(categoryCode);
    application.setGridDuty(gridDuty);
    application.setWorkloadHoursPerMonth(workload);
    application.setAdmissionKind(kind);
    application.setValidFrom(validFrom);
    application.setValidUntil(validUntil);
    return application;
  }

  private static String text(String value, String what, int min, int max) {
    String text = value == null ? "" : value.trim();
    if (text.length() < min || text.length() > max) {
      throw new InvalidAdmissionException(what + "须为 " + min + "-" + max + " 字");
    }
    return text;
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }

  private static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
