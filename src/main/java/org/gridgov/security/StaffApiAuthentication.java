package org.gridgov.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.gridgov.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GridGov's own staff API ({@code /api/**} except the residents' endpoints) authenticates with
 * the same identities as the engine REST API: HTTP Basic against Camunda's identity service (which
 * applies login throttling), or the session of a member of staff logged in to the webapps (so a page
 * opened from Tasklist can call it; a state-changing call then needs the webapps' CSRF token in
 * {@code X-XSRF-TOKEN}). The user and their groups become the engine's current authentication for
 * the request, so engine authorizations apply to whatever the endpoint does. Administration
 * endpoints ({@code /api/v1/admin/**}) are for members of camunda-admin only.
 */
class StaffApiAuthentication extends OncePerRequestFilter {

  /** Residents reach these with a case token or anonymously; they check access themselves. */
  static final List<String> RESIDENT_PATHS = List.of("/api/v1/reports");
  /** Published for everyone to read (the admission list is a public document); writing needs staff. */
  static final List<String> PUBLIC_READ_PATHS = List.of("/api/v1/admission-list");

  private final IdentityService identity;
  private final String engineName;

  StaffApiAuthentication(IdentityService identity, String engineName) {
    this.identity = identity;
    this.engineName = engineName;
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
    String userId = authenticatedUser(request);
    if (userId == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"GridGov\", charset=\"UTF-8\"");
      Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "需要登录",
          "请使用工作人员账号登录（HTTP Basic 或先登录 Tasklist）。");
      return;
    }
    if (request.getHeader("Authorization") == null && !"GET".equals(request.getMethod())
        && !csrfTokenMatches(request)) {
      Problems.write(response, HttpStatus.FORBIDDEN, "csrf-token-missing", "缺少 CSRF 令牌",
          "通过网页会话调用时，修改数据的请求须带 X-XSRF-TOKEN 请求头。");
      return;
    }
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

  /** The user of valid HTTP Basic credentials, else of a webapp session, else null. */
  private String authenticatedUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null) {
      String[] credentials = basicCredentials(header);
      return credentials != null && identity.checkPassword(credentials[0], credentials[1]) ? credentials[0] : null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication webapp = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    return webapp == null ? null : webapp.getName();
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && given != null && MessageDigest.isEqual(
        expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
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
