package org.gridgov.admission;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Key, BPMN element ids and typed variables of the {@code matterAdmission} process. */
public final class AdmissionVariables {

  public static final String PROCESS_KEY = "matterAdmission";

  // start form (moved into gov_admission_application on registration, except the ids)
  public static final String DEPARTMENT_ID = "departmentId";
  public static final String APPLICANT_ID = "applicantId";
  public static final String MATTER_NAME = "matterName";
  public static final String MATTER_DESCRIPTION = "matterDescription";
  public static final String APPLICATION_REASON = "applicationReason";
  public static final String CATEGORY_CODE = "categoryCode";
  public static final String GRID_DUTY = "gridDuty";
  public static final String WORKLOAD_HOURS_PER_MONTH = "workloadHoursPerMonth";
  public static final String ADMISSION_KIND = "admissionKind";
  public static final String VALID_FROM = "validFrom";
  public static final String VALID_UNTIL = "validUntil";
  /** Idempotency-Key of a REST application (absent for Tasklist). */
  public static final String REQUEST_KEY = "requestKey";

  public static final String APPLICATION_ID = "applicationId";
  public static final String REVIEW_RECOMMENDATION = "reviewRecommendation";
  public static final String REVIEW_OPINION = "reviewOpinion";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_OPINION = "approvalOpinion";
  public static final String ADMISSION_CODE = "admissionCode";
  public static final String NEXT_REVIEW_AT = "nextReviewAt";
  public static final String EXPIRES_AT = "expiresAt";
  public static final String ANNUAL_DECISION = "annualDecision";
  public static final String ANNUAL_REASON = "annualReason";
  public static final String ANNUAL_REVIEWER_ID = "annualReviewerId";

  public static final class Elements {
    public static final String START = "StartEvent_ApplicationSubmitted";
    public static final String REGISTER = "Task_RegisterApplication";
    public static final String REVIEW = "Task_ReviewApplication";
    public static final String APPROVE = "Task_ApproveApplication";
    public static final String REJECT = "Task_RejectApplication";
    public static final String REJECTED = "EndEvent_ApplicationRejected";
    public static final String PUBLISH = "Task_PublishAdmission";
    public static final String ANNUAL_REVIEW_DUE = "TimerEvent_AnnualReviewDue";
    public static final String ANNUAL_REVIEW = "Task_AnnualReview";
    public static final String KEEP = "Task_KeepAdmission";
    public static final String EXIT = "Task_ExitAdmission";
    public static final String EXITED = "EndEvent_AdmissionExited";
    public static final String TEMPORARY_ENDS = "TimerEvent_TemporaryAdmissionEnds";
    public static final String EXPIRE = "Task_ExpireAdmission";
    public static final String EXPIRED = "EndEvent_AdmissionExpired";

    private Elements() {
    }
  }

  private final VariableScope scope;

  private AdmissionVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static AdmissionVariables of(VariableScope scope) {
    return new AdmissionVariables(scope);
  }

  public AdmissionService.Request request() {
    return new AdmissionService.Request(string(DEPARTMENT_ID), string(APPLICANT_ID), string(MATTER_NAME),
        string(MATTER_DESCRIPTION), string(APPLICATION_REASON), string(CATEGORY_CODE), string(GRID_DUTY),
        wholeNumber(WORKLOAD_HOURS_PER_MONTH), string(ADMISSION_KIND), date(VALID_FROM, "生效日期"),
        date(VALID_UNTIL, "截止日期"), string(REQUEST_KEY));
  }

  /** The application is recorded; the process keeps its id and kind (the text stays for the reviewers' forms). */
  public void applied(AdmissionApplication application) {
    scope.removeVariable(REQUEST_KEY);
    scope.setVariable(APPLICATION_ID, application.getId());
    scope.setVariable(ADMISSION_KIND, application.getAdmissionKind().name());
  }

  /** Decided: the application text lives on in gov_admission_application only; the name stays for the review forms. */
  public void decided() {
    for (String text : new String[] {MATTER_DESCRIPTION, APPLICATION_REASON, GRID_DUTY, WORKLOAD_HOURS_PER_MONTH,
        VALID_FROM, VALID_UNTIL}) {
      scope.removeVariable(text);
    }
  }

  public long applicationId() { return (Long) scope.getVariable(APPLICATION_ID); }
  public String reviewRecommendation() { return string(REVIEW_RECOMMENDATION); }
  public String reviewOpinion() { return string(REVIEW_OPINION); }
  public String approvalDecision() { return string(APPROVAL_DECISION); }
  public String approvalOpinion() { return string(APPROVAL_OPINION); }

  public void reviewRecorded() { scope.removeVariable(REVIEW_OPINION); }
  public void approvalRecorded() { scope.removeVariable(APPROVAL_OPINION); }

  public void published(AdmissionItem item) {
    decided();
    scope.setVariable(ADMISSION_CODE, item.getCode());
    if (item.getNextReviewDate() != null) {
      scope.setVariable(NEXT_REVIEW_AT, AdmissionService.startOf(item.getNextReviewDate()));
    }
    if (item.getValidUntil() != null) {
      // valid through its last day: it leaves the list when the next day starts
      scope.setVariable(EXPIRES_AT, AdmissionService.startOf(item.getValidUntil().plusDays(1)));
    }
  }

  public String admissionCode() { return string(ADMISSION_CODE); }
  public String annualDecision() { return string(ANNUAL_DECISION); }
  public String annualReason() { return string(ANNUAL_REASON); }
  public String annualReviewerId() { return string(ANNUAL_REVIEWER_ID); }

  public void annualReviewChecked(String reviewerId) { scope.setVariable(ANNUAL_REVIEWER_ID, reviewerId); }

  public void kept(AdmissionItem item) {
    scope.removeVariable(ANNUAL_REASON);
    scope.setVariable(NEXT_REVIEW_AT, AdmissionService.startOf(item.getNextReviewDate()));
  }

  public void exited() { scope.removeVariable(ANNUAL_REASON); }

  public Date nextReviewAt() { return (Date) scope.getVariable(NEXT_REVIEW_AT); }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** Form numbers arrive as Long or Double. */
  private Integer wholeNumber(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return number.intValue();
    }
    throw new InvalidAdmissionException("每月工作量须为整数小时: " + value);
  }

  /** Form dates arrive as ISO strings (yyyy-MM-dd); the API may pass dates. */
  private LocalDate date(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), java.time.ZoneId.systemDefault());
    }
    try {
      return LocalDate.parse(value.toString().length() > 10 ? value.toString().substring(0, 10) : value.toString());
    } catch (DateTimeParseException e) {
      throw new InvalidAdmissionException(label + "格式应为 yyyy-MM-dd: " + value);
    }
  }
}
