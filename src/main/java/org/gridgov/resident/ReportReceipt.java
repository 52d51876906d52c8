package org.gridgov.resident;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gridgov.cases.CaseStatus;

/**
 * What the reporter gets back: the case number, the tracking token (shown here only) and the
 * status. {@code replayed} (an idempotent retry) travels as the header {@code Idempotent-Replayed}.
 */
@Schema(description = "上报回执")
public record ReportReceipt(
    @Schema(description = "案件编号", example = "GG-20261129-000001") String caseNo,
    @Schema(description = "查询凭证：查看进度、补充材料和评价时提供（请妥善保存）") String token,
    @Schema(description = "状态") CaseStatus status,
    @Schema(description = "状态（中文）") String statusLabel,
    @Schema(description = "重复上报时并入的主案编号") String masterCaseNo,
    @Schema(description = "进度查询链接（含凭证）", example = "/report/track.html?case=GG-20261129-000001&token=…")
    String trackingUrl,
    @JsonIgnore @Schema(hidden = true) boolean replayed) {
}
