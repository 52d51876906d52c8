package org.gridgov.resident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.testsupport.Http;

/** The residents' API as a phone app calls it: JSON or multipart with photos, token in a header. */
public class ResidentApiClient {

  static final ObjectMapper JSON = new ObjectMapper();
  /** The smallest valid PNG (1×1 pixel). */
  public static final byte[] PNG = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

  private final Http http;

  public ResidentApiClient(Http http) {
    this.http = http;
  }

  public record Photo(String fileName, String contentType, byte[] bytes) {
  }

  public HttpResponse<String> postJson(String path, String json, String idempotencyKey) {
    HttpRequest.Builder request = http.request(path);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.postJson(request, json);
  }

  public HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<Photo> photos,
      String idempotencyKey, String token) {
    String boundary = "----gridgov" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.entrySet().stream().filter(e -> e.getValue() != null).forEach(e -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
        + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + e.getValue() + "\r\n"));
    for (Photo photo : photos) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"" + photo.fileName()
          + "\"\r\nContent-Type: " + photo.contentType() + "\r\n\r\n");
      body.writeBytes(photo.bytes());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    HttpRequest.Builder request = http.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    if (token != null) {
      request.header("X-Report-Token", token);
    }
    return http.send(request);
  }

  public HttpResponse<String> track(String caseNo, String token) {
    HttpRequest.Builder request = http.request("/api/v1/reports/" + caseNo);
    if (token != null) {
      request.header("X-Report-Token", token);
    }
    return http.get(request);
  }

  public HttpResponse<String> evaluate(String caseNo, String token, String rating, String comment) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("rating", rating);
    body.put("comment", comment);
    return http.postJson(http.request("/api/v1/reports/" + caseNo + "/evaluation").header("X-Report-Token", token),
        json(body));
  }

  /** A report in grid 文昌社区第一网格 as form fields; every call a new address, so no two are duplicates. */
  public static Map<String, String> reportFields(String phone) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("categoryCode", "ENV_GARBAGE");
    fields.put("description", "小区门口垃圾堆放三天无人清运");
    fields.put("addressText", org.gridgov.cases.CaseScenarioSteps.uniqueAddress());
    fields.put("reporterName", "王秀兰");
    fields.put("reporterPhone", phone);
    fields.put("channel", "WEB");
    return fields;
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode body(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
