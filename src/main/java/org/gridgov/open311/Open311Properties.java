package org.gridgov.open311;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Open311 GeoReport v2 settings ({@code gridgov.open311.*}).
 *
 * @param jurisdictionId if set, a request naming another {@code jurisdiction_id} is answered 404; if
 *                       empty, the parameter is accepted and ignored (GridGov serves one county)
 * @param demoApiKey     the api_key created for the demo profile only (published in the README)
 * @param maxWindow      the longest span a GET requests query may cover (spec: 90 days)
 * @param maxResults     the most requests one GET requests answer lists, newest first
 */
@ConfigurationProperties("gridgov.open311")
public record Open311Properties(String jurisdictionId, String demoApiKey, Duration maxWindow, Integer maxResults) {

  public Open311Properties {
    jurisdictionId = jurisdictionId == null || jurisdictionId.isBlank() ? null : jurisdictionId.trim();
    maxWindow = maxWindow == null ? Duration.ofDays(90) : maxWindow;
    maxResults = maxResults == null ? 1000 : maxResults;
  }
}
