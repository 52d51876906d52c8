package org.gridgov.resident;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.gridgov.intake.ResidentReport;

/**
 * A resident's report as the API takes it, as JSON or as multipart form fields (then with photos).
 */
@Schema(description = "群众上报的问题")
public record ReportSubmission(
    @Schema(description = "事项分类编码（服务目录的末级分类）", example = "ENV_GARBAGE", requiredMode = Schema.RequiredMode.REQUIRED)
    String categoryCode,
    @Schema(description = "问题描述", example = "小区门口垃圾堆放三天无人清运", requiredMode = Schema.RequiredMode.REQUIRED)
    String description,
    @Schema(description = "地址（与经纬度至少填一项）", example = "安澜县文昌路18号")
    String addressText,
    @Schema(description = "纬度 (WGS84)", example = "34.1822")
    BigDecimal lat,
    @Schema(description = "经度 (WGS84)", example = "115.5261")
    BigDecimal lng,
    @Schema(description = "紧急程度 CRITICAL/URGENT/NORMAL/COMPLEX，默认 NORMAL")
    String urgency,
    @Schema(description = "上报人姓名（可匿名）")
    String reporterName,
    @Schema(description = "上报人电话（可匿名）", example = "13800001234")
    String reporterPhone,
    @Schema(description = "渠道 APP/WEB/WECHAT…，默认 APP", example = "WEB")
    String channel) {

  ResidentReport toIntake(String idempotencyKey) {
    return new ResidentReport(categoryCode, urgency, description, addressText, lat, lng, reporterName, reporterPhone,
        channel, idempotencyKey);
  }

  /**
   * SHA-256 of the request as the case would be filed from it (fields trimmed, numbers without
   * trailing zeros, then the photos' hashes in order), so that a retry in JSON or as a form, or with
   * different white space, counts as the same request.
   */
  String fingerprint(List<PhotoUpload> photos) {
    StringBuilder canonical = new StringBuilder();
    for (Object field : new Object[] {categoryCode, description, addressText, number(lat), number(lng), urgency,
        reporterName, reporterPhone, channel == null ? null : channel.trim().toUpperCase()}) {
      canonical.append(field == null ? "" : Objects.toString(field).trim()).append('\u0000');
    }
    photos.forEach(p -> canonical.append(p.sha256()).append('\u0000'));
    return Photos.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String number(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
