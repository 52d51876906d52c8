package org.gridgov.resident;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.gridgov.cases.CaseStatus;

/** A case as its reporter sees it: personal data masked, only steps that mean something to them. */
@Schema(description = "诉求办理进度")
public record ReportTracking(
    String caseNo,
    CaseStatus status,
    @Schema(description = "状态（中文）") String statusLabel,
    String categoryCode,
    @Schema(description = "事项分类名称") String categoryName,
    String description,
    String addressText,
    BigDecimal lat,
    BigDecimal lng,
    @Schema(description = "上报人（已脱敏）") Reporter reporter,
    OffsetDateTime reportedAt,
    @Schema(description = "承诺办结时间") OffsetDateTime resolveDue,
    @Schema(description = "当前承办单位") String handlingUnit,
    @Schema(description = "承办单位的答复") String reply,
    @Schema(description = "重复上报时并入的主案编号") String masterCaseNo,
    @Schema(description = "办理轨迹，最早的在前") List<Step> timeline,
    @Schema(description = "照片：上报、补充和办理结果") List<Photo> photos,
    @Schema(description = "是否正在等待您的评价") boolean awaitingEvaluation,
    @Schema(description = "您的评价") String satisfaction,
    @Schema(description = "您的评价（中文）") String satisfactionLabel,
    String evaluationComment,
    @Schema(description = "是否还可以补充材料") boolean supplementsAccepted) {

  @Schema(description = "上报人，已脱敏")
  public record Reporter(@Schema(example = "王**") String name, @Schema(example = "138****1234") String phone) {
  }

  /**
   * One step of the timeline.
   *
   * @param stage REPORTED, ACCEPTED, DISPATCHED, HANDLING, RESULT, CLOSED, EVALUATED, MERGED or SUPPLEMENT
   */
  @Schema(description = "办理轨迹中的一步")
  public record Step(OffsetDateTime at,
      @Schema(example = "HANDLING") String stage,
      @Schema(example = "处置中") String title,
      @Schema(example = "文昌社区第一网格正在现场处置") String text) {
  }

  @Schema(description = "照片；查看时附上查询凭证（请求头 X-Report-Token 或参数 token）")
  public record Photo(long id, @Schema(example = "RESULT") PhotoKind kind, String kindLabel, String contentType,
      @Schema(example = "/api/v1/reports/GG-20261129-000001/photos/12") String url) {
  }
}
