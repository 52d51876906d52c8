package org.gridgov.resident;

import io.swagger.v3.oas.annotations.media.Schema;

/** A category a resident can report under. */
@Schema(description = "可上报的事项分类")
public record ReportCategory(@Schema(example = "ENV_GARBAGE") String code, @Schema(example = "垃圾堆放清运") String name,
    String description, @Schema(example = "市容环境") String groupName) {
}
