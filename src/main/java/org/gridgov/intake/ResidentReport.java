package org.gridgov.intake;

import java.math.BigDecimal;

/**
 * A resident's report as the intake takes it (the resident REST API maps its request onto this).
 *
 * @param categoryCode   a leaf of the service catalogue, e.g. {@code ENV_GARBAGE}
 * @param urgency        CRITICAL, URGENT, NORMAL or COMPLEX; {@code null} means NORMAL
 * @param description    what is wrong, in the resident's words
 * @param addressText    where, as text; this and/or the coordinates are required
 * @param lat            latitude (WGS84)
 * @param lng            longitude (WGS84)
 * @param reporterName   optional; stored in {@code gov_case_reporter}, never in the process
 * @param reporterPhone  optional, for feedback and the follow-up call
 * @param channel        APP, WEB, WECHAT, HOTLINE...
 * @param idempotencyKey optional; the same key never makes a second case
 */
public record ResidentReport(
    String categoryCode,
    String urgency,
    String description,
    String addressText,
    BigDecimal lat,
    BigDecimal lng,
    String reporterName,
    String reporterPhone,
    String channel,
    String idempotencyKey) {
}
