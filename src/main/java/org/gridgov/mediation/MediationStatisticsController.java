package org.gridgov.mediation;

import java.net.URI;
import java.time.LocalDate;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.UnitType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** 小事不出村、大事不出镇: the share of disputes resolved at each rung in a period. */
@RestController
class MediationStatisticsController {

  private static final String PROBLEMS = "https://gridgov.org/problems/";
  private static final int MAX_DAYS = 3660;

  private final MediationStatisticsService statistics;
  private final OrganisationService organisation;

  MediationStatisticsController(MediationStatisticsService statistics, OrganisationService organisation) {
    this.statistics = statistics;
    this.organisation = organisation;
  }

  @GetMapping("/api/v1/mediation/statistics")
  ResponseEntity<?> statistics(@RequestParam LocalDate from, @RequestParam LocalDate to,
      @RequestParam(required = false) String townshipId) {
    if (to.isBefore(from)) {
      return problem("invalid-period", "结束日期(to)不能早于开始日期(from)");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      return problem("invalid-period", "统计区间不能超过10年");
    }
    if (townshipId != null
        && organisation.unit(townshipId).filter(u -> u.getUnitType() == UnitType.TOWNSHIP).isEmpty()) {
      return problem("unknown-township", "乡镇(街道)不存在: " + townshipId);
    }
    return ResponseEntity.ok(statistics.statistics(from, to, townshipId));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
    return problem("missing-parameter", "缺少参数 " + e.getParameterName() + "(日期格式 yyyy-MM-dd)");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return problem("invalid-parameter", "参数 " + e.getName() + " 的值无效: " + e.getValue() + "(日期格式 yyyy-MM-dd)");
  }

  private static ResponseEntity<ProblemDetail> problem(String slug, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(URI.create(PROBLEMS + slug));
    problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
