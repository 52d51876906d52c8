package org.gridgov.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Lists as the webapps ask for them over the engine's REST API, with HTTP Basic as the user. */
final class RestLists {

  /** Every demo login's password (demo profile). */
  private static final String DEMO_PASSWORD = "GridGov@2026";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String base;
  private final Duration timeout;

  /** {@code statementTimeoutSeconds}: the engine stops a slower list itself, so HTTP waits a little longer. */
  RestLists(int port, String engineName, int statementTimeoutSeconds) {
    this.base = "http://127.0.0.1:" + port + "/engine-rest/engine/" + engineName;
    this.timeout = Duration.ofSeconds(statementTimeoutSeconds + 30L);
  }

  /** A Tasklist filter: its first page of 15 as hal+json (variables embedded) and its count. */
  TasklistBenchmark.Query filter(String user, String filterId) {
    return new TasklistBenchmark.Query() {
      @Override
      public TasklistBenchmark.Page run() {
        JsonNode page = send(user, HttpRequest.newBuilder(URI.create(base + "/filter/" + filterId
                + "/list?firstResult=0&maxResults=15"))
            .header("Accept", "application/hal+json").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}")));
        long total = send(user, HttpRequest.newBuilder(URI.create(base + "/filter/" + filterId + "/count")).GET())
            .path("count").asLong();
        JsonNode tasks = page.path("_embedded").path("task");
        return new TasklistBenchmark.Page(tasks.isArray() ? tasks.size() : 0, total);
      }
    };
  }

  /** A GET list and its count, e.g. a history search. */
  TasklistBenchmark.Query get(String user, String listPath, String countPath) {
    return new TasklistBenchmark.Query() {
      @Override
      public TasklistBenchmark.Page run() {
        JsonNode page = send(user, HttpRequest.newBuilder(URI.create(base + listPath)).GET());
        long total = send(user, HttpRequest.newBuilder(URI.create(base + countPath)).GET()).path("count").asLong();
        return new TasklistBenchmark.Page(page.size(), total);
      }
    };
  }

  private JsonNode send(String user, HttpRequest.Builder request) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + basic)
          .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(user + ": " + response.uri() + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
