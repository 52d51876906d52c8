package org.gridgov.intake;

import java.math.BigDecimal;

/** A matter a grid worker found on patrol, as the start form in Tasklist submits it. */
public record PatrolFinding(
    String categoryCode,
    String urgency,
    String description,
    String addressText,
    BigDecimal lat,
    BigDecimal lng,
    String reportedBy) {
}
