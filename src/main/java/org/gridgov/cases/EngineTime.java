package org.gridgov.cases;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, so that case records, deadlines and timers agree (tests move it with
 * {@code ClockUtil}). Local times are in the server's zone, as the county works in one.
 */
public final class EngineTime {

  private EngineTime() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDateTime nowLocal() {
    return toLocal(now());
  }

  public static LocalDateTime toLocal(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
  }

  public static LocalDateTime toLocal(Date date) {
    return date == null ? null : toLocal(date.toInstant());
  }

  public static Instant toInstant(LocalDateTime time) {
    return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
  }
}
