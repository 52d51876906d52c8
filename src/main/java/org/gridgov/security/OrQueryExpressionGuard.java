package org.gridgov.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.gridgov.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes a Camunda 7.24.0 CE gap: expressions inside {@code orQueries} of task queries and filters
 * are evaluated although ad-hoc query expressions are disabled, so a logged-in user could run code.
 * Any task query or filter whose {@code orQueries} carry a {@code …Expression} key is refused with
 * 400, on the engine REST API and on the webapps' engine API alike.
 */
class OrQueryExpressionGuard extends OncePerRequestFilter {

  /** Task and filter resources of /engine-rest and of the webapps' /camunda/api/engine/engine/{name}. */
  private static final Pattern GUARDED = Pattern.compile(
      "^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/(task|filter)(/.*)?$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 1024 * 1024;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || !GUARDED.matcher(pathOf(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "query-too-large", "查询过大",
          "查询请求体超过 1 MB。");
      return;
    }
    if (carriesOrQueryExpression(body)) {
      Problems.write(response, HttpStatus.BAD_REQUEST, "expression-in-or-query", "查询中不允许使用表达式",
          "任务查询或过滤器的 orQueries 中不允许使用表达式（…Expression 字段）。");
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  static boolean carriesOrQueryExpression(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      return hasExpressionUnderOrQueries(JSON.readTree(body), false);
    } catch (IOException notJson) {
      return false; // not JSON: the engine answers 400 on its own, no expression can be read from it
    }
  }

  private static boolean hasExpressionUnderOrQueries(JsonNode node, boolean insideOrQueries) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (hasExpressionUnderOrQueries(element, insideOrQueries)) {
          return true;
        }
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (insideOrQueries && field.getKey().endsWith("Expression")) {
          return true;
        }
        if (hasExpressionUnderOrQueries(field.getValue(),
            insideOrQueries || "orQueries".equals(field.getKey()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The request with its body read once here and handed on unchanged. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous body only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }
  }
}
