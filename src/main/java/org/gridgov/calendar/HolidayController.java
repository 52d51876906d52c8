package org.gridgov.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Holiday calendar maintenance for admins: public holidays and make-up working days per year.
 * Errors are RFC 7807 problem details with a Chinese {@code detail}.
 */
@RestController
@RequestMapping("/api/v1/admin/holidays")
class HolidayController {

  static final String PROBLEM_BASE = "https://gridgov.org/problems/";

  private final HolidayService service;
  private final WorkingCalendar calendar;

  HolidayController(HolidayService service, WorkingCalendar calendar) {
    this.service = service;
    this.calendar = calendar;
  }

  record HolidayRequest(
      @NotBlank(message = "名称不能为空") @Size(max = 50, message = "名称不能超过50个字") String name,
      @NotNull(message = "须注明是否为工作日 (workday: true 调休上班 / false 放假)") Boolean workday) {
  }

  record HolidayResponse(LocalDate date, String name, boolean workday) {
    static HolidayResponse of(Holiday h) {
      return new HolidayResponse(h.getHolidayDate(), h.getName(), h.isWorkday());
    }
  }

  @GetMapping
  List<HolidayResponse> list(@RequestParam(required = false) Integer year) {
    int wanted = year != null ? year : LocalDate.now(calendar.zone()).getYear();
    if (wanted < 2000 || wanted > 2100) {
      throw new BadHolidayRequest("年份须在2000至2100之间: " + wanted);
    }
    return service.ofYear(wanted).stream().map(HolidayResponse::of).toList();
  }

  @PutMapping("/{date}")
  ResponseEntity<HolidayResponse> put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @Valid @RequestBody HolidayRequest request) {
    boolean created = service.save(date, request.name(), request.workday());
    HolidayResponse body = new HolidayResponse(date, request.name().strip(), request.workday());
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(body);
  }

  @DeleteMapping("/{date}")
  ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    if (!service.delete(date)) {
      throw new HolidayNotFound(date);
    }
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    String detail = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + ": " + error.getDefaultMessage())
        .sorted()
        .collect(Collectors.joining("; "));
    return problem(HttpStatus.BAD_REQUEST, "invalid-holiday", "节假日数据不合法", detail);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-holiday", "节假日数据不合法",
        "参数 " + e.getName() + " 的值不合法: " + e.getValue() + " (日期格式为 yyyy-MM-dd, 年份为数字)");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-holiday", "节假日数据不合法",
        "请求体须为 JSON, 例如 {\"name\": \"国庆节\", \"workday\": false}");
  }

  @ExceptionHandler(BadHolidayRequest.class)
  ProblemDetail badRequest(BadHolidayRequest e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-holiday", "节假日数据不合法", e.getMessage());
  }

  @ExceptionHandler(HolidayNotFound.class)
  ProblemDetail notFound(HolidayNotFound e) {
    return problem(HttpStatus.NOT_FOUND, "holiday-not-found", "节假日不存在", e.getMessage());
  }

  private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(PROBLEM_BASE + slug));
    problem.setTitle(title);
    return problem;
  }

  static class BadHolidayRequest extends RuntimeException {
    BadHolidayRequest(String message) {
      super(message);
    }
  }

  static class HolidayNotFound extends RuntimeException {
    HolidayNotFound(LocalDate date) {
      super("节假日表中没有 " + date + " 这一天");
    }
  }
}
