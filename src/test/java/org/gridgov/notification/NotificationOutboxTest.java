package org.gridgov.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gridgov.notification.Notification.RecipientKind;
import org.gridgov.notification.OutboxEntry.Status;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on the real database (H2, or MariaDB with -Pmariadb). Each test works on its own
 * dedup keys and drives relays over exactly those rows.
 */
@GridGovSpringTest
class NotificationOutboxTest {

  private static final Instant START = Instant.parse("2026-11-29T02:00:00Z");

  @Autowired
  private Notifier notifier;
  @Autowired
  private NotificationMapper outbox;
  @Autowired
  private NotificationRelay relay;
  @Autowired
  private TransactionTemplate transaction;

  private final RecordingChannel channel = new RecordingChannel();
  private String key;

  @BeforeEach
  void fixClock() {
    ClockUtil.setCurrentTime(Date.from(START));
    key = "test:" + UUID.randomUUID();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void sendingTheSameKeyTwiceRecordsOneMessage() {
    transaction.executeWithoutResult(s -> notifier.send(feedback(key, "您的诉求已办结")));
    transaction.executeWithoutResult(s -> {
      notifier.send(feedback(key, "您的诉求已办结"));
      notifier.send(feedback(key, "您的诉求已办结"));
    });

    List<OutboxEntry> rows = outbox.findByReference(reference(key));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.getDedupKey()).isEqualTo(key);
      assertThat(row.getStatus()).isEqualTo(Status.PENDING);
      assertThat(row.getRecipientKind()).isEqualTo(RecipientKind.RESIDENT);
      assertThat(row.getContent()).isEqualTo("您的诉求已办结");
    });
  }

  @Test
  void aRolledBackTransactionSendsNothing() {
    transaction.executeWithoutResult(status -> {
      notifier.send(feedback(key, "不应发出"));
      status.setRollbackOnly();
    });

    assertThat(outbox.findByDedupKey(key)).isNull();
  }

  @Test
  void theRelaySendsThroughTheConfiguredLogChannel() {
    transaction.executeWithoutResult(s -> notifier.send(feedback(key, "您的诉求已受理")));

    while (relay.relayDue() > 0) {
      // drains whatever is due in the database, this test's row included
    }

    OutboxEntry row = outbox.findByDedupKey(key);
    assertThat(row.getStatus()).isEqualTo(Status.SENT);
    assertThat(row.getChannel()).isEqualTo(LoggingNotificationChannel.NAME);
    assertThat(row.getAttempts()).isEqualTo(1);
  }

  @Test
  void twoRelaysThatBothSeeTheRowSendItOnce() throws Exception {
    transaction.executeWithoutResult(s -> notifier.send(feedback(key, "您的诉求已办结")));
    long id = outbox.findByDedupKey(key).getId();
    NotificationRelay node1 = relay(channel, 6);
    NotificationRelay node2 = relay(channel, 6);
    assertThat(node1.dueIds()).contains(id);
    assertThat(node2.dueIds()).contains(id);

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> claims = new ArrayList<>();
      for (NotificationRelay node : List.of(node1, node2)) {
        claims.add(threads.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return node.claimAndDeliver(id);
        }));
      }
      assertThat(List.of(claims.get(0).get(), claims.get(1).get())).containsExactlyInAnyOrder(true, false);
    } finally {
      threads.shutdownNow();
    }

    assertThat(channel.deliveredKeys()).containsExactly(key);
    OutboxEntry row = outbox.findByDedupKey(key);
    assertThat(row.getStatus()).isEqualTo(Status.SENT);
    assertThat(row.getAttempts()).isEqualTo(1);
  }

  @Test
  void aFailedDeliveryIsRetriedAfterTheBackOffAndThenSent() {
    transaction.executeWithoutResult(s -> notifier.send(feedback(key, "您的诉求已办结")));
    long id = outbox.findByDedupKey(key).getId();
    NotificationRelay node = relay(channel, 6);
    channel.failNext(1);

    assertThat(node.claimAndDeliver(id)).isTrue();

    OutboxEntry failed = outbox.findByDedupKey(key);
    assertThat(failed.getStatus()).isEqualTo(Status.PENDING);
    assertThat(failed.getAttempts()).isEqualTo(1);
    assertThat(failed.getLastError()).contains("gateway unavailable");
    assertThat(channel.deliveredKeys()).isEmpty();
    assertThat(node.dueIds()).doesNotContain(id);

    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofSeconds(61))));
    assertThat(node.dueIds()).contains(id);
    assertThat(node.claimAndDeliver(id)).isTrue();

    OutboxEntry sent = outbox.findByDedupKey(key);
    assertThat(sent.getStatus()).isEqualTo(Status.SENT);
    assertThat(sent.getAttempts()).isEqualTo(2);
    assertThat(sent.getLastError()).isNull();
    assertThat(channel.deliveredKeys()).containsExactly(key);
  }

  @Test
  void afterTheLastAttemptTheMessageIsFailedAndNotRetried() {
    transaction.executeWithoutResult(s -> notifier.send(feedback(key, "您的诉求已办结")));
    long id = outbox.findByDedupKey(key).getId();
    NotificationRelay node = relay(channel, 2);
    channel.failNext(Integer.MAX_VALUE);

    node.claimAndDeliver(id);
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofMinutes(3)))); // back-off after attempt 1: 1 min
    assertThat(node.claimAndDeliver(id)).isTrue();

    OutboxEntry row = outbox.findByDedupKey(key);
    assertThat(row.getStatus()).isEqualTo(Status.FAILED);
    assertThat(row.getAttempts()).isEqualTo(2);
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(2))));
    assertThat(node.dueIds()).doesNotContain(id);
    assertThat(node.claimAndDeliver(id)).isFalse();
    assertThat(channel.attempts.get()).isEqualTo(2);
  }

  @Test
  void aClaimLeftByADeadNodeIsTakenOverAfterTheClaimTimeout() {
    transaction.executeWithoutResult(s -> notifier.send(feedback(key, "您的诉求已办结")));
    long id = outbox.findByDedupKey(key).getId();
    LocalDateTime now = NotificationClock.now();
    assertThat(outbox.claim(id, "node-that-died", now, now.plusMinutes(5))).isEqualTo(1);
    NotificationRelay node = relay(channel, 6);

    assertThat(node.claimAndDeliver(id)).isFalse();
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofMinutes(6))));
    assertThat(node.claimAndDeliver(id)).isTrue();

    assertThat(outbox.findByDedupKey(key).getStatus()).isEqualTo(Status.SENT);
    assertThat(channel.deliveredKeys()).containsExactly(key);
  }

  @Test
  void backOffDoublesUpToTheCap() {
    NotificationRelay node = relay(channel, 6);
    assertThat(node.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(node.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(node.backoffAfter(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(node.backoffAfter(10)).isEqualTo(Duration.ofHours(1));
  }

  private NotificationRelay relay(NotificationChannel channel, int maxAttempts) {
    return new NotificationRelay(outbox, List.of(channel), channel.name(), maxAttempts, Duration.ofMinutes(1),
        Duration.ofHours(1), Duration.ofMinutes(5), 50);
  }

  private static Notification feedback(String key, String text) {
    return new Notification(key, RecipientKind.RESIDENT, "rep-0001", "CASE_FEEDBACK", reference(key), text);
  }

  /** Each test's own reference number, so it reads only its own rows from a shared database. */
  private static String reference(String key) {
    return "GG-T-" + key.substring(key.length() - 12);
  }

  /** Remembers what it delivered; fails on demand like an SMS gateway that is down. */
  private static final class RecordingChannel implements NotificationChannel {
    private final Queue<Notification> delivered = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    void failNext(int times) {
      failuresLeft.set(times);
    }

    List<String> deliveredKeys() {
      return delivered.stream().map(Notification::dedupKey).toList();
    }

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public void deliver(Notification notification) {
      attempts.incrementAndGet();
      if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        throw new IllegalStateException("gateway unavailable");
      }
      delivered.add(notification);
    }
  }
}
