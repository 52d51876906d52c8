package org.gridgov.resident;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.gridgov.evaluation.EvaluationRejectedException;
import org.gridgov.intake.InvalidReportException;
import org.gridgov.intake.ReportInProgressException;
import org.gridgov.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Problem details (RFC 7807) for everything the residents' API refuses, with a stable type and a
 * Chinese detail. It also answers the failures that happen before a controller is chosen (an upload
 * over the servlet limit, a content type no endpoint takes) for the residents' paths and the
 * staff's case photos; elsewhere
 * those keep Spring's default handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ResidentProblemHandler {

  static final Pattern PATHS = Pattern.compile("/api/v1/reports(/.*)?|/api/v1/cases/[^/]+/photos(/.*)?");

  @ExceptionHandler(ReportRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(ReportRejectedException e, HttpServletRequest request) throws Exception {
    residentsOnly(e, request);
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
    if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
      answer.header("Retry-After", "5");
    }
    return answer.body(Problems.of(e.status(), e.slug(), e.title(), e.getMessage()));
  }

  @ExceptionHandler(InvalidReportException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidReportException e, HttpServletRequest request) throws Exception {
    residentsOnly(e, request);
    return problem(HttpStatus.BAD_REQUEST, "invalid-report", "上报内容有误", e.getMessage());
  }

  @ExceptionHandler(ReportInProgressException.class)
  ResponseEntity<ProblemDetail> inProgress(ReportInProgressException e, HttpServletRequest request) throws Exception {
    residentsOnly(e, request);
    return ResponseEntity.status(HttpStatus.CONFLICT).header("Retry-After", "1")
        .body(Problems.of(HttpStatus.CONFLICT, "report-in-progress", "上报正在处理", e.getMessage()));
  }

  @ExceptionHandler(PhotoRejectedException.class)
  ResponseEntity<ProblemDetail> photo(PhotoRejectedException e, HttpServletRequest request) throws Exception {
    residentsOnly(e, request);
    return problem(e.status(), e.slug(), "照片不符合要求", e.getMessage());
  }

  @ExceptionHandler(RateLimitedException.class)
  ResponseEntity<ProblemDetail> tooMany(RateLimitedException e, HttpServletRequest request) throws Exception {
    residentsOnly(e, request);
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
        .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "提交过于频繁", e.getMessage()));
  }

  @ExceptionHandler(EvaluationRejectedException.class)
  ResponseEntity<ProblemDetail> evaluation(EvaluationRejectedException e, HttpServletRequest request) throws Exception {
    residentsOnly(e, request);
    return switch (e.reason()) {
      case UNKNOWN_CASE -> problem(HttpStatus.NOT_FOUND, "report-not-found", "找不到该诉求", e.getMessage());
      case INVALID_RATING -> problem(HttpStatus.BAD_REQUEST, "invalid-rating", "评价无效", e.getMessage());
      case NOT_AWAITING_EVALUATION -> problem(HttpStatus.CONFLICT, "evaluation-not-expected", "当前不能评价", e.getMessage());
      case ALREADY_EVALUATED -> problem(HttpStatus.CONFLICT, "already-evaluated", "已评价", e.getMessage());
    };
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, BindException.class,
      MethodArgumentTypeMismatchException.class, MissingRequestValueException.class})
  ResponseEntity<ProblemDetail> malformed(Exception e, HttpServletRequest request) throws Exception {
    residentsOnly(e, request);
    return problem(HttpStatus.BAD_REQUEST, "malformed-request", "请求格式有误",
        "请求无法解析：请检查字段名称和格式（经纬度为数字，JSON 须完整）");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
      throws Exception {
    residentsOnly(e, request);
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "不支持的内容类型",
        "请以 application/json 或 multipart/form-data 提交");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
      throws Exception {
    residentsOnly(e, request);
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "photo-too-large", "照片不符合要求", "上传的照片过大");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) throws Exception {
    residentsOnly(e, request);
    return problem(HttpStatus.BAD_REQUEST, "malformed-request", "请求格式有误", "表单无法解析，请重新提交");
  }

  /** Outside the residents' API the exception goes on to Spring's own handling. */
  private static void residentsOnly(Exception e, HttpServletRequest request) throws Exception {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!PATHS.matcher(path).matches()) {
      throw e;
    }
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
    return ResponseEntity.status(status).body(Problems.of(status, slug, title, detail));
  }
}
