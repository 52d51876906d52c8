package org.gridgov.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.gridgov.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GridGov's own staff API ({@code /api/**} except the residents' endpoints) authenticates with
 * the same identities as the engine REST API: HTTP Basic against Camunda's identity service (which
 * applies login throttling). The user and their groups become the engine's current authentication
 * for the request, so engine authorizations apply to whatever the endpoint does. Administration
 * endpoints ({@code /api/v1/admin/**}) are for members of camunda-admin only.
 */
class StaffApiAuthentication extends OncePerRequestFilter {

  /** Residents reach these with a case token or anonymously; they check access themselves. */
  static final List<String> RESIDENT_PATHS = List.of("/api/v1/reports");
  /** Published for everyone to read (the admission list is a public document); writing needs staff. */
  static final List<String> PUBLIC_READ_PATHS = List.of("/api/v1/admission-list");

  private final IdentityService identity;

  StaffApiAuthentication(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") || RESIDENT_PATHS.stream().anyMatch(path::startsWith)
        || ("GET".equals(request.getMethod()) && PUBLIC_READ_PATHS.stream().anyMatch(path::startsWith));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = basicCredentials(request.getHeader("Authorization"));
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"GridGov\", charset=\"UTF-8\"");
      Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "需要登录",
          "请使用工作人员账号登录（HTTP Basic）。");
      return;
    }
    String userId = credentials[0];
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/v1/admin/") && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      Problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有系统管理员可以使用管理接口。");
      return;
    }
    identity.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** {user, password} from an HTTP Basic header, or null. */
  static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
