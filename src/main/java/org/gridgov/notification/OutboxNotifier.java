package org.gridgov.notification;

import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Notifier}: records the message in the outbox within the caller's transaction (a
 * delegate's engine transaction, a REST call's service transaction). The unique dedup key makes a
 * repeated send — a retried job, a resubmitted request — one row.
 */
@Service
class OutboxNotifier implements Notifier {

  private final NotificationMapper outbox;

  OutboxNotifier(NotificationMapper outbox) {
    this.outbox = outbox;
  }

  @Override
  @Transactional
  public void send(Notification notification) {
    if (outbox.findByDedupKey(notification.dedupKey()) != null) {
      return;
    }
    try {
      outbox.insert(OutboxEntry.pending(notification, NotificationClock.now()));
    } catch (DuplicateKeyException sentConcurrentlyWithTheSameKey) {
      // MySQL and H2 roll back only the failed statement: the caller's transaction carries on
    }
  }
}
