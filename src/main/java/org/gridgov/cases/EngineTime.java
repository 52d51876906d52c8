package org.gridgov.cases;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, so that case records, deadlines and timers agree (tests move it with
 * {@code ClockUtil}). Local times (the read model's columns, a day picked in a form) are in the
 * county's zone, the one the working calendar counts in ({@code gridgov.calendar.zone}).
 */
public final class EngineTime {

  private static volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

  private EngineTime() {
  }

  /** Set once at start-up from the working calendar, see {@link CaseConfiguration}. */
  static void useZone(ZoneId countyZone) {
    zone = countyZone;
  }

  public static ZoneId zone() {
    return zone;
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDateTime nowLocal() {
    return toLocal(now());
  }

  public static LocalDateTime toLocal(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
  }

  public static LocalDateTime toLocal(Date date) {
    return date == null ? null : toLocal(date.toInstant());
  }

  /**
   * A moment as a process variable or task due date, to the second: the engine's MySQL schema
   * stores no fractions of a second, so deadlines compare equal wherever they were read from.
   */
  public static Date date(Instant instant) {
    return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  public static Instant toInstant(LocalDateTime time) {
    return time == null ? null : time.atZone(zone).toInstant();
  }
}
