package org.gridgov.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gridgov.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes a Camunda 7.24.0 CE gap: the Admin webapp's unauthenticated set-up endpoint
 * ({@code POST /camunda/api/admin/setup/{engine}/user/create}) creates an administrator whenever the
 * {@code camunda-admin} group has no direct member. GridGov always has one (see
 * {@link AdministratorPresenceCheck}) and creates its first administrator from configuration, so the
 * endpoint is never needed and is refused outright.
 */
class AdminSetupBlocker extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Problems.write(response, HttpStatus.FORBIDDEN, "admin-setup-disabled", "初始化接口已关闭",
        "管理员初始化接口已关闭：GridGov 的首个管理员由配置创建（camunda.bpm.admin-user.*）。");
  }
}
