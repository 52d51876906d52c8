package org.gridgov.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers for everything GridGov serves outside the Camunda webapps (which set their own
 * through {@code camunda.bpm.webapp.header-security}): no MIME sniffing, no framing, no referrer
 * leaks and a strict CSP for the JSON APIs. HSTS goes on every response, webapps included, once the
 * site is served over HTTPS.
 */
class SecurityHeaders extends OncePerRequestFilter {

  private final boolean https;

  SecurityHeaders(boolean https) {
    this.https = https;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (https || request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/camunda/")) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/open311/")) {
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      response.setHeader("Cache-Control", "no-store");
    } else if (path.startsWith("/swagger-ui")) {
      // Swagger UI sets inline styles on its elements; it runs no inline script
      response.setHeader("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
              + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
    } else {
      response.setHeader("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
              + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
    }
    chain.doFilter(request, response);
  }
}
