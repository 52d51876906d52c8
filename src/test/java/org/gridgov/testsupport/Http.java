package org.gridgov.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for tests against the running application, with optional HTTP Basic login.
 * Test engines have unique names (several Spring contexts share a JVM), so engine REST and webapp
 * API paths name the engine: {@link #engineRest(String)}, {@link #webappApi(String)}.
 */
public final class Http {

  public static final String DEMO_PASSWORD = "GridGov@2026";

  private final String base;
  private final String engineName;
  private final HttpClient client;

  public Http(int port, String engineName) {
    this.base = "http://127.0.0.1:" + port;
    this.engineName = engineName;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** {@code /engine-rest/engine/<this engine>/<path>}. */
  public String engineRest(String path) {
    return "/engine-rest/engine/" + engineName + path;
  }

  /** {@code /camunda/api/<app>/.../<this engine>/...}: the path with {@code {engine}} replaced. */
  public String webappApi(String pathWithEnginePlaceholder) {
    return pathWithEnginePlaceholder.replace("{engine}", engineName);
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  public HttpRequest.Builder request(String path, String user, String password) {
    return request(path).header("Authorization", basic(user, password));
  }

  public HttpRequest.Builder asDemoUser(String path, String user) {
    return request(path, user, DEMO_PASSWORD);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(HttpRequest.Builder request) {
    return send(request.GET());
  }

  public HttpResponse<String> postJson(HttpRequest.Builder request, String json) {
    return send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
