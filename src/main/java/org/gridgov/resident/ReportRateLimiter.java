package org.gridgov.resident;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Per-address and per-phone limits on residents' POSTs (reports, supplements, evaluations, Open311
 * requests): fixed windows counted in memory. Each node counts on its own, so a cluster of n nodes
 * lets through up to n times the limit; that is enough to stop a script flooding the county with
 * cases, which is what this is for.
 */
@Component
public class ReportRateLimiter {

  private static final int SWEEP_ABOVE = 10_000;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private volatile ResidentProperties.RateLimit limits;

  ReportRateLimiter(ResidentProperties properties) {
    this.limits = properties.rateLimit();
  }

  /** Counts one POST from the address and, if given, for the phone; refuses the one over a limit. */
  public void check(String clientAddress, String phone) {
    ResidentProperties.RateLimit current = limits;
    Instant now = Instant.now();
    count("ip:" + clientAddress, current.perIp(), current.window(), now,
        "来自同一网络地址的提交过于频繁，请稍后再试");
    if (phone != null && !phone.isBlank()) {
      count("phone:" + phone.trim(), current.perPhone(), current.window(), now,
          "同一手机号的上报过于频繁，请稍后再试");
    }
  }

  /** Replaces the limits and forgets all counts (tests lower the limits with this, then restore them). */
  void use(ResidentProperties.RateLimit newLimits) {
    limits = newLimits;
    windows.clear();
  }

  ResidentProperties.RateLimit limits() {
    return limits;
  }

  private void count(String key, int limit, Duration length, Instant now, String message) {
    if (windows.size() > SWEEP_ABOVE) {
      windows.values().removeIf(w -> !w.end().isAfter(now));
    }
    Window window = windows.compute(key, (k, w) -> w == null || !w.end().isAfter(now)
        ? new Window(now.plus(length), 1) : new Window(w.end(), w.count() + 1));
    if (window.count() > limit) {
      throw new RateLimitedException(message, Duration.between(now, window.end()));
    }
  }

  private record Window(Instant end, int count) {
  }
}
