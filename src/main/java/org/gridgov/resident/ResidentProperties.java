package org.gridgov.resident;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the residents' API ({@code gridgov.resident.*}).
 *
 * @param photos            how many photos a report or supplement may carry, and how big each may be
 * @param rateLimit         POSTs allowed per client address and per phone number within a window
 * @param concurrentFilings reports filed at the same moment on this node; each filing holds two
 *                          database connections for a moment (the case number is drawn in its own
 *                          transaction), so this stays well below the connection pool size
 */
@ConfigurationProperties("gridgov.resident")
public record ResidentProperties(Photos photos, RateLimit rateLimit, Integer concurrentFilings) {

  public ResidentProperties {
    photos = photos == null ? new Photos(null, null) : photos;
    rateLimit = rateLimit == null ? new RateLimit(null, null, null) : rateLimit;
    concurrentFilings = concurrentFilings == null ? 4 : concurrentFilings;
  }

  public record Photos(Integer maxCount, Long maxBytes) {
    public Photos {
      maxCount = maxCount == null ? 4 : maxCount;
      maxBytes = maxBytes == null ? 5L * 1024 * 1024 : maxBytes;
    }
  }

  /**
   * @param perIp    POSTs from one client address per window
   * @param perPhone reports naming one phone number per window
   * @param window   length of the window
   */
  public record RateLimit(Integer perIp, Integer perPhone, Duration window) {
    public RateLimit {
      perIp = perIp == null ? 30 : perIp;
      perPhone = perPhone == null ? 5 : perPhone;
      window = window == null ? Duration.ofHours(1) : window;
    }
  }
}
