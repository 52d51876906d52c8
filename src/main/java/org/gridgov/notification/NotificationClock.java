package org.gridgov.notification;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The outbox runs on the engine's clock, so tests that move {@code ClockUtil} to fire timers also
 * move retries and claims.
 */
final class NotificationClock {

  private NotificationClock() {
  }

  static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
