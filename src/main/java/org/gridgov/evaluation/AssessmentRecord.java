package org.gridgov.evaluation;

import java.time.LocalDateTime;

/** One row of {@code gov_case_assessment}: what the case contributes to the assessment figures (考核评价). */
public record AssessmentRecord(
    String caseNo,
    String categoryCode,
    String gridId,
    String communityId,
    String townshipId,
    String leadDepartmentId,
    String outcome,
    String resolvedRung,
    LocalDateTime reportedAt,
    LocalDateTime firstResponseAt,
    LocalDateTime closedAt,
    Long responseMinutes,
    long resolutionMinutes,
    boolean respondedOnTime,
    boolean closedOnTime,
    boolean escalated,
    int bounceCount,
    int extensionCount,
    int reworkCount,
    int reopenCount,
    int shelveCount,
    String satisfaction,
    LocalDateTime recordedAt) {

  public static final String RESOLVED = "RESOLVED";
  public static final String REJECTED = "REJECTED";
}
