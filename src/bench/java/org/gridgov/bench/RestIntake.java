package org.gridgov.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A resident's report through the real endpoint, {@code POST /api/v1/reports}, as the phone page
 * sends it (JSON, an Idempotency-Key per report): HTTP, JSON binding, the resident service with its
 * idempotency and token, then the same intake as {@link CaseChain#intake()}.
 */
final class RestIntake {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI reports;

  RestIntake(int port) {
    this.reports = URI.create("http://127.0.0.1:" + port + "/api/v1/reports");
  }

  /** Files one report; anything but 201 Created is an error of the run. */
  void report() {
    String body = """
        {"categoryCode":"%s","urgency":"NORMAL","description":"工地夜间施工噪声很大，影响休息",\
        "addressText":"文昌路1-59号 压测点%s","reporterName":"王大妈","reporterPhone":"13800001234","channel":"APP"}"""
        .formatted(CaseChain.CATEGORY, UUID.randomUUID().toString().substring(0, 12));
    HttpRequest request = HttpRequest.newBuilder(reports).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException("POST /api/v1/reports answered " + response.statusCode() + ": "
            + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
