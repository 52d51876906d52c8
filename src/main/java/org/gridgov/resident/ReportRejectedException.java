package org.gridgov.resident;

import org.springframework.http.HttpStatus;

/** A request of the residents' API that changes nothing, with its HTTP status, problem slug and Chinese reason. */
class ReportRejectedException extends RuntimeException {

  private final HttpStatus status;
  private final String slug;
  private final String title;

  ReportRejectedException(HttpStatus status, String slug, String title, String detail) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  static ReportRejectedException notFound() {
    return new ReportRejectedException(HttpStatus.NOT_FOUND, "report-not-found", "找不到该诉求",
        "找不到该诉求：请核对案件编号和查询凭证");
  }

  static ReportRejectedException invalid(String detail) {
    return new ReportRejectedException(HttpStatus.BAD_REQUEST, "invalid-report", "上报内容有误", detail);
  }

  HttpStatus status() {
    return status;
  }

  String slug() {
    return slug;
  }

  String title() {
    return title;
  }
}
