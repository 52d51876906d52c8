package org.gridgov.notification;

/**
 * The port through which GridGov tells people something (feedback to a reporter, a reminder to
 * staff). {@link #send} only records the message in the caller's transaction; it goes out after the
 * transaction commits, at most once per {@link Notification#dedupKey()}.
 */
public interface Notifier {

  void send(Notification notification);
}
