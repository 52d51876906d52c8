package org.gridgov.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Disputes concluded in a period by where they ended: resolved at the village (小事不出村), at the
 * township (大事不出镇) or referred to a legal channel. Shares are of all concluded disputes,
 * {@code null} when none concluded.
 */
public record MediationStatistics(LocalDate from, LocalDate to, String townshipId, long concluded,
    long resolvedAtVillage, long resolvedAtTownship, long referred, BigDecimal villageShare, BigDecimal townshipShare,
    BigDecimal referredShare, BigDecimal resolvedWithinTownshipShare) {
}
