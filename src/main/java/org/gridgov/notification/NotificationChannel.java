package org.gridgov.notification;

/**
 * A way of getting a message to a person (log, SMS, app push). The relay uses the channel whose
 * {@link #name()} is configured in {@code gridgov.notification.channel}. A channel throws when it
 * could not deliver; the relay then retries later. It receives the dedup key so that a gateway that
 * supports idempotency can drop a repeat after a crash between delivery and bookkeeping.
 */
public interface NotificationChannel {

  String name();

  void deliver(Notification notification) throws Exception;
}
