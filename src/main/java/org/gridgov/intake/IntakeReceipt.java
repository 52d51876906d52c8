package org.gridgov.intake;

import org.gridgov.cases.CaseStatus;

/**
 * What the reporter is told at once: the case number, its status and, for a duplicate, the case
 * it was merged into. {@code alreadyReported} is true when an idempotency key was seen before.
 */
public record IntakeReceipt(String caseNo, CaseStatus status, String statusLabel, String masterCaseNo,
    boolean alreadyReported) {
}
