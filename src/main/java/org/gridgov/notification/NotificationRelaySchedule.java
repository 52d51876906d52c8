package org.gridgov.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the relay every {@code gridgov.notification.relay.interval} (default 10 s). On by default;
 * tests switch it off ({@code gridgov.notification.relay.enabled=false}) and drive the relay.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "gridgov.notification.relay.enabled", havingValue = "true", matchIfMissing = true)
class NotificationRelaySchedule {

  private final NotificationRelay relay;

  NotificationRelaySchedule(NotificationRelay relay) {
    this.relay = relay;
  }

  @Scheduled(fixedDelayString = "${gridgov.notification.relay.interval:PT10S}",
      initialDelayString = "${gridgov.notification.relay.interval:PT10S}")
  void relay() {
    while (relay.relayDue() > 0) {
      // a backlog drains batch after batch instead of one batch per interval
    }
  }
}
