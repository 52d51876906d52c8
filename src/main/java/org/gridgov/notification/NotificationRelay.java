package org.gridgov.notification;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sends what the outbox holds. Safe with several nodes: a row is sent only by the relay run whose
 * conditional update moved it from PENDING to SENDING. A failed delivery is retried with exponential
 * back-off ({@code retry-backoff}, doubled per attempt, at most {@code retry-backoff-max}) until
 * {@code max-attempts}, then the row is FAILED for an admin to look at. A node that dies while
 * sending leaves a claim that another relay takes over after {@code claim-timeout}; only then can a
 * message go out twice, which is why channels receive the dedup key.
 *
 * <p>Runs on a schedule ({@link NotificationRelaySchedule}); tests call {@link #relayDue()} themselves.
 */
@Service
public class NotificationRelay {

  private static final Logger log = LoggerFactory.getLogger(NotificationRelay.class);

  private final NotificationMapper outbox;
  private final NotificationChannel channel;
  private final int maxAttempts;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final Duration claimTimeout;
  private final int batchSize;

  NotificationRelay(NotificationMapper outbox, List<NotificationChannel> channels,
      @Value("${gridgov.notification.channel:log}") String channelName,
      @Value("${gridgov.notification.relay.max-attempts:6}") int maxAttempts,
      @Value("${gridgov.notification.relay.retry-backoff:PT1M}") Duration backoff,
      @Value("${gridgov.notification.relay.retry-backoff-max:PT1H}") Duration maxBackoff,
      @Value("${gridgov.notification.relay.claim-timeout:PT5M}") Duration claimTimeout,
      @Value("${gridgov.notification.relay.batch-size:50}") int batchSize) {
    this.outbox = outbox;
    this.channel = channels.stream()
        .filter(c -> c.name().equals(channelName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("gridgov.notification.channel=" + channelName
            + " names no NotificationChannel; available: " + channels.stream().map(NotificationChannel::name).toList()));
    if (maxAttempts < 1 || batchSize < 1) {
      throw new IllegalStateException("gridgov.notification.relay.max-attempts and batch-size must be at least 1");
    }
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.maxBackoff = maxBackoff;
    this.claimTimeout = claimTimeout;
    this.batchSize = batchSize;
  }

  /** Sends one batch of due messages; returns how many this run handled (sent or failed). */
  public int relayDue() {
    int handled = 0;
    for (long id : dueIds()) {
      if (claimAndDeliver(id)) {
        handled++;
      }
    }
    return handled;
  }

  List<Long> dueIds() {
    return outbox.findDue(NotificationClock.now(), batchSize);
  }

  /** Claims the row and delivers it; false when another relay had claimed it already. */
  boolean claimAndDeliver(long id) {
    LocalDateTime now = NotificationClock.now();
    String token = UUID.randomUUID().toString();
    if (outbox.claim(id, token, now, now.plus(claimTimeout)) == 0) {
      return false;
    }
    OutboxEntry entry = outbox.findById(id);
    try {
      channel.deliver(entry.toNotification());
    } catch (Exception e) {
      recordFailure(entry, token, e);
      return true;
    }
    outbox.markSent(id, token, channel.name(), NotificationClock.now());
    return true;
  }

  private void recordFailure(OutboxEntry entry, String token, Exception e) {
    LocalDateTime now = NotificationClock.now();
    String error = truncate(e.getClass().getSimpleName() + ": " + e.getMessage(), 1000);
    if (entry.getAttempts() >= maxAttempts) {
      outbox.markFailed(entry.getId(), token, OutboxEntry.Status.FAILED, entry.getNextAttemptAt(), error, now);
      log.error("Notification {} failed {} times on channel {}; given up: {}", entry.getDedupKey(),
          entry.getAttempts(), channel.name(), error);
    } else {
      LocalDateTime retryAt = now.plus(backoffAfter(entry.getAttempts()));
      outbox.markFailed(entry.getId(), token, OutboxEntry.Status.PENDING, retryAt, error, now);
      log.warn("Notification {} attempt {} failed on channel {}, retry at {}: {}", entry.getDedupKey(),
          entry.getAttempts(), channel.name(), retryAt, error);
    }
  }

  /** The wait after the n-th failed attempt: backoff, 2×, 4× ... capped. */
  Duration backoffAfter(int attempts) {
    Duration wait = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
