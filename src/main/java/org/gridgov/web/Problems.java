package org.gridgov.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 7807 problem details as GridGov writes them: a stable {@code type} for programs and a
 * Chinese {@code detail} for people. Servlet filters, which run before Spring MVC, write them here.
 */
public final class Problems {

  public static final String TYPE_BASE = "https://gridgov.org/problems/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {
  }

  public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + slug));
    problem.setTitle(title);
    return problem;
  }

  /** Writes a problem body directly to a servlet response (for filters). */
  public static void write(HttpServletResponse response, HttpStatus status, String slug, String title,
      String detail) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + slug);
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), body);
  }
}
