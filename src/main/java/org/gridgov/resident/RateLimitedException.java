package org.gridgov.resident;

import java.time.Duration;

/** Too many POSTs from one address or for one phone number; retry after the given time. */
public class RateLimitedException extends RuntimeException {

  private final Duration retryAfter;

  RateLimitedException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least one, for the {@code Retry-After} header. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
