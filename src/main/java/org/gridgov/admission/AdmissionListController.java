package org.gridgov.admission;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** The grid admission list (current and history) and applications to put a matter on it. */
@RestController
class AdmissionListController {

  private static final String PROBLEMS = "https://gridgov.org/problems/";

  private final AdmissionListService list;
  private final AdmissionService admissions;
  private final RuntimeService runtime;

  AdmissionListController(AdmissionListService list, AdmissionService admissions, RuntimeService runtime) {
    this.list = list;
    this.admissions = admissions;
    this.runtime = runtime;
  }

  record ListedMatter(String code, String name, String description, String categoryCode, String departmentId,
      String gridDuty, AdmissionItem.Kind admissionKind, LocalDate validFrom, LocalDate validUntil,
      LocalDate nextReviewDate) {
    static ListedMatter of(AdmissionItem item) {
      return new ListedMatter(item.getCode(), item.getName(), item.getDescription(), item.getCategoryCode(),
          item.getDepartmentId(), item.getGridDuty(), item.getAdmissionKind(), item.getValidFrom(),
          item.getValidUntil(), item.getNextReviewDate());
    }
  }

  record AdmissionList(LocalDate day, List<ListedMatter> items) {
  }

  record Change(AdmissionChange.Kind changeKind, AdmissionItem.Status statusAfter, String reason, String changedBy,
      LocalDate nextReviewDate, LocalDateTime changedAt) {
  }

  record MatterHistory(String code, String name, AdmissionItem.Status status, String exitReason, List<Change> changes) {
  }

  record ApplicationRequest(String departmentId, String matterName, String matterDescription,
      String applicationReason, String categoryCode, String gridDuty, Integer workloadHoursPerMonth,
      String admissionKind, LocalDate validFrom, LocalDate validUntil) {
  }

  record ApplicationReceipt(String applicationNo, String itemCode, AdmissionApplication.Status status,
      String processInstanceId) {
    static ApplicationReceipt of(AdmissionApplication application) {
      return new ApplicationReceipt(application.getApplicationNo(), application.getItemCode(),
          application.getStatus(), application.getProcessInstanceId());
    }
  }

  /** The matters that may be given to grid workers on a day (default: today). */
  @GetMapping("/api/v1/admission-list")
  AdmissionList current(@RequestParam(required = false) LocalDate day) {
    LocalDate listDay = day == null ? AdmissionService.today() : day;
    return new AdmissionList(listDay, list.listOn(listDay).stream().map(ListedMatter::of).toList());
  }

  @GetMapping("/api/v1/admission-list/{code}/history")
  ResponseEntity<?> history(@PathVariable String code) {
    Optional<AdmissionItem> item = list.item(code);
    if (item.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "admission-item-not-found", "准入清单中没有编号为 " + code + " 的事项");
    }
    List<Change> changes = list.history(code).stream()
        .map(c -> new Change(c.getChangeKind(), c.getStatusAfter(), c.getReason(), c.getChangedBy(),
            c.getNextReviewDate(), c.getChangedAt()))
        .toList();
    AdmissionItem matter = item.get();
    return ResponseEntity.ok(new MatterHistory(matter.getCode(), matter.getName(), matter.getStatus(),
        matter.getExitReason(), changes));
  }

  /**
   * A department applies (starts {@code matterAdmission}); the applicant is the authenticated member
   * of staff (the start event's initiator), who must belong to the department. With an {@code Idempotency-Key} header a
   * repeated request answers with the application made the first time.
   */
  @PostMapping("/api/v1/admission-applications")
  ResponseEntity<?> apply(@RequestBody ApplicationRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String requestKey) {
    if (requestKey != null && (requestKey.isBlank() || requestKey.length() > 64)) {
      return problem(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Idempotency-Key 须为 1-64 个字符");
    }
    if (requestKey != null) {
      Optional<AdmissionApplication> earlier = admissions.applicationWithRequestKey(requestKey);
      if (earlier.isPresent()) {
        return ResponseEntity.ok(ApplicationReceipt.of(earlier.get()));
      }
    }
    Map<String, Object> variables = Variables.createVariables()
        .putValue(AdmissionVariables.DEPARTMENT_ID, request.departmentId())
        .putValue(AdmissionVariables.MATTER_NAME, request.matterName())
        .putValue(AdmissionVariables.MATTER_DESCRIPTION, request.matterDescription())
        .putValue(AdmissionVariables.APPLICATION_REASON, request.applicationReason())
        .putValue(AdmissionVariables.CATEGORY_CODE, request.categoryCode())
        .putValue(AdmissionVariables.GRID_DUTY, request.gridDuty())
        .putValue(AdmissionVariables.WORKLOAD_HOURS_PER_MONTH,
            request.workloadHoursPerMonth() == null ? null : request.workloadHoursPerMonth().longValue())
        .putValue(AdmissionVariables.ADMISSION_KIND, request.admissionKind())
        .putValue(AdmissionVariables.VALID_FROM, request.validFrom() == null ? null : request.validFrom().toString())
        .putValue(AdmissionVariables.VALID_UNTIL, request.validUntil() == null ? null : request.validUntil().toString())
        .putValue(AdmissionVariables.REQUEST_KEY, requestKey);
    try {
      ProcessInstanceWithVariables started = runtime.createProcessInstanceByKey(AdmissionVariables.PROCESS_KEY)
          .setVariables(variables).executeWithVariablesInReturn();
      AdmissionApplication application = admissions.application(
          (Long) started.getVariables().get(AdmissionVariables.APPLICATION_ID));
      return ResponseEntity.created(URI.create("/api/v1/admission-applications/" + application.getApplicationNo()))
          .body(ApplicationReceipt.of(application));
    } catch (DuplicateKeyException sameKeyAtTheSameTime) {
      return ResponseEntity.ok(ApplicationReceipt.of(admissions.applicationWithRequestKey(requestKey).orElseThrow()));
    }
  }

  @ExceptionHandler(InvalidAdmissionException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidAdmissionException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-admission-application", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "参数 " + e.getName() + " 的值无效: " + e.getValue()
        + (LocalDate.class.equals(e.getRequiredType()) ? "(日期格式 yyyy-MM-dd)" : ""));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "unreadable-request", "请求内容不是有效的 JSON，或字段类型不符(日期格式 yyyy-MM-dd)");
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(PROBLEMS + slug));
    problem.setTitle(status.getReasonPhrase());
    return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
