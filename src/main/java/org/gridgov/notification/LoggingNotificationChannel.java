package org.gridgov.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes messages to the log instead of sending them: the default until an SMS/app channel is plugged in. */
@Component
class LoggingNotificationChannel implements NotificationChannel {

  static final String NAME = "log";

  private static final Logger log = LoggerFactory.getLogger(LoggingNotificationChannel.class);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void deliver(Notification n) {
    log.info("Notification {} to {} {} [{} {}]: {}", n.dedupKey(), n.recipientKind(), n.maskedRecipient(),
        n.templateCode(), n.referenceNo() == null ? "-" : n.referenceNo(), n.text());
  }
}
