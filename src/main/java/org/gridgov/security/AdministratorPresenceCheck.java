package org.gridgov.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to run without an administrator: the camunda-admin group must have a direct member once
 * the organisation is synced (the demo county brings {@code admin}; production sets
 * {@code camunda.bpm.admin-user.id} and {@code .password}). An empty admin group is what the Admin
 * webapp's set-up endpoint would let anyone fill.
 */
@Component
@Order(25)
class AdministratorPresenceCheck implements ApplicationRunner {

  private final IdentityService identity;

  AdministratorPresenceCheck(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      throw new IllegalStateException("GridGov 没有管理员账号 (no administrator): the camunda-admin group has no member. "
          + "Set camunda.bpm.admin-user.id and camunda.bpm.admin-user.password (environment variables "
          + "CAMUNDA_BPM_ADMINUSER_ID / CAMUNDA_BPM_ADMINUSER_PASSWORD) for the first start.");
    }
  }
}
