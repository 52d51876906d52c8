package org.gridgov.resident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The residents' API: report a problem from a phone, follow it with the tracking token, add
 * information, rate the result. No login: the token handed out with the report opens the case,
 * and without it a case does not exist.
 */
@RestController
@Tag(name = "群众上报", description = "群众上报问题、查询进度、补充材料和评价（无需登录，凭查询凭证访问）")
class ResidentReportController {

  static final String TOKEN_HEADER = "X-Report-Token";
  static final String PROBLEM = "application/problem+json";

  private final ResidentReportService reports;
  private final Photos photos;

  ResidentReportController(ResidentReportService reports, Photos photos) {
    this.reports = reports;
    this.photos = photos;
  }

  record EvaluationRequest(@Schema(description = "满意、基本满意、不满意（或 SATISFIED、BASICALLY_SATISFIED、UNSATISFIED）",
      example = "满意") String rating, @Schema(description = "评价意见，最多 500 字") String comment) {
  }

  record SupplementRequest(@Schema(description = "补充说明，最多 1000 字") String text) {
  }

  @GetMapping("/api/v1/reports/categories")
  @Operation(summary = "可上报的事项分类")
  List<ReportCategory> categories() {
    return reports.categories();
  }

  @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "上报问题（JSON，不带照片）",
      responses = {
          @ApiResponse(responseCode = "201", description = "已立案"),
          @ApiResponse(responseCode = "200", description = "相同幂等键、相同内容的重试：返回原案件（响应头 Idempotent-Replayed: true）"),
          @ApiResponse(responseCode = "400", description = "内容有误", content = @Content(mediaType = PROBLEM)),
          @ApiResponse(responseCode = "409", description = "幂等键已用于不同内容，或同一上报正在处理", content = @Content(mediaType = PROBLEM)),
          @ApiResponse(responseCode = "429", description = "提交过于频繁（Retry-After）", content = @Content(mediaType = PROBLEM))})
  ResponseEntity<ReportReceipt> report(@RequestBody ReportSubmission submission,
      @Parameter(description = "幂等键：8-64 位字母、数字或 . _ : -；重试时使用同一个") @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      HttpServletRequest request) {
    return created(reports.submit(submission, List.of(), idempotencyKey, request.getRemoteAddr()));
  }

  @PostMapping(path = "/api/v1/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "上报问题（表单，可带照片）",
      description = "字段同 JSON 上报；照片放在 photos 部分（JPEG、PNG 或 WebP，按文件内容识别），数量和大小有限制。",
      responses = {
          @ApiResponse(responseCode = "201", description = "已立案"),
          @ApiResponse(responseCode = "413", description = "照片过大或过多", content = @Content(mediaType = PROBLEM)),
          @ApiResponse(responseCode = "415", description = "照片不是 JPEG、PNG 或 WebP", content = @Content(mediaType = PROBLEM))})
  ResponseEntity<ReportReceipt> reportWithPhotos(@ModelAttribute ReportSubmission submission,
      @RequestPart(name = "photos", required = false) List<MultipartFile> files,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
    return created(reports.submit(submission, photos.accept(files), idempotencyKey, request.getRemoteAddr()));
  }

  @GetMapping("/api/v1/reports/{caseNo}")
  @Operation(summary = "查询办理进度", description = "凭证放在请求头 X-Report-Token 或参数 token；凭证不对时与案件不存在一样回答 404。",
      responses = @ApiResponse(responseCode = "404", description = "案件不存在或凭证不对", content = @Content(mediaType = PROBLEM)))
  ResponseEntity<ReportTracking> track(@PathVariable String caseNo,
      @RequestHeader(name = TOKEN_HEADER, required = false) String header,
      @RequestParam(name = "token", required = false) String parameter) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reports.track(caseNo, token(header, parameter)));
  }

  @GetMapping("/api/v1/reports/{caseNo}/photos/{photoId}")
  @Operation(summary = "查看照片（凭查询凭证）")
  ResponseEntity<byte[]> photo(@PathVariable String caseNo, @PathVariable long photoId,
      @RequestHeader(name = TOKEN_HEADER, required = false) String header,
      @RequestParam(name = "token", required = false) String parameter) {
    CasePhoto photo = reports.photo(caseNo, token(header, parameter), photoId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.getContentType()))
        .cacheControl(CacheControl.noStore()).body(photo.getContent());
  }

  @PostMapping(path = "/api/v1/reports/{caseNo}/evaluation", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "评价办理结果", description = "办结后等待评价时可评价一次。",
      responses = {
          @ApiResponse(responseCode = "200", description = "已评价，返回最新进度"),
          @ApiResponse(responseCode = "400", description = "评价不是三者之一", content = @Content(mediaType = PROBLEM)),
          @ApiResponse(responseCode = "404", description = "案件不存在或凭证不对", content = @Content(mediaType = PROBLEM)),
          @ApiResponse(responseCode = "409", description = "已评价过，或当前不在待评价阶段", content = @Content(mediaType = PROBLEM))})
  ReportTracking evaluate(@PathVariable String caseNo, @RequestBody EvaluationRequest evaluation,
      @RequestHeader(name = TOKEN_HEADER, required = false) String header,
      @RequestParam(name = "token", required = false) String parameter, HttpServletRequest request) {
    return reports.evaluate(caseNo, token(header, parameter), evaluation.rating(), evaluation.comment(),
        request.getRemoteAddr());
  }

  @PostMapping(path = "/api/v1/reports/{caseNo}/supplements", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "补充材料（文字）", responses = {
      @ApiResponse(responseCode = "201", description = "已补充，返回最新进度"),
      @ApiResponse(responseCode = "409", description = "诉求已办结", content = @Content(mediaType = PROBLEM))})
  ResponseEntity<ReportTracking> supplement(@PathVariable String caseNo, @RequestBody SupplementRequest supplement,
      @RequestHeader(name = TOKEN_HEADER, required = false) String header,
      @RequestParam(name = "token", required = false) String parameter, HttpServletRequest request) {
    return supplemented(reports.supplement(caseNo, token(header, parameter), supplement.text(), List.of(),
        request.getRemoteAddr()));
  }

  @PostMapping(path = "/api/v1/reports/{caseNo}/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "补充材料（表单，可带照片）")
  ResponseEntity<ReportTracking> supplementWithPhotos(@PathVariable String caseNo,
      @RequestParam(name = "text", required = false) String text,
      @RequestPart(name = "photos", required = false) List<MultipartFile> files,
      @RequestHeader(name = TOKEN_HEADER, required = false) String header,
      @RequestParam(name = "token", required = false) String parameter, HttpServletRequest request) {
    return supplemented(reports.supplement(caseNo, token(header, parameter), text, photos.accept(files),
        request.getRemoteAddr()));
  }

  private static ResponseEntity<ReportReceipt> created(ReportReceipt receipt) {
    if (receipt.replayed()) {
      return ResponseEntity.ok().header("Idempotent-Replayed", "true").cacheControl(CacheControl.noStore())
          .body(receipt);
    }
    return ResponseEntity.created(URI.create("/api/v1/reports/" + receipt.caseNo()))
        .cacheControl(CacheControl.noStore()).body(receipt);
  }

  private static ResponseEntity<ReportTracking> supplemented(ReportTracking tracking) {
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(tracking);
  }

  private static String token(String header, String parameter) {
    return header != null && !header.isBlank() ? header : parameter;
  }
}
