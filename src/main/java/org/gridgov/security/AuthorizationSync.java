package org.gridgov.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.gridgov.organisation.StaffRole;
import org.gridgov.security.RoleAuthorizations.Grant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Grants each role group what {@link RoleAuthorizations} says, on every start, after the identity
 * sync. Idempotent: an existing grant is widened if needed, never duplicated.
 */
@Component
@Order(22)
class AuthorizationSync implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationSync.class);

  private final AuthorizationService authorizations;
  private final StartableProcesses startable;

  AuthorizationSync(AuthorizationService authorizations, StartableProcesses startable) {
    this.authorizations = authorizations;
    this.startable = startable;
  }

  @Override
  public void run(ApplicationArguments args) {
    int changed = 0;
    for (StaffRole role : StaffRole.values()) {
      for (Grant grant : RoleAuthorizations.forRole(role, startable.getStartableProcesses())) {
        if (ensure(role.groupId(), grant)) {
          changed++;
        }
      }
    }
    log.info("Role authorizations: {} created or widened", changed);
  }

  private boolean ensure(String groupId, Grant grant) {
    Permission[] wanted = grant.permissions().toArray(Permission[]::new);
    List<Authorization> existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .list();
    if (existing.isEmpty()) {
      Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
      Arrays.stream(wanted).forEach(authorization::addPermission);
      try {
        authorizations.saveAuthorization(authorization);
        return true;
      } catch (ProcessEngineException anotherNodeWasFaster) {
        return false;
      }
    }
    Authorization authorization = existing.get(0);
    if (authorization.isEveryPermissionGranted() || Arrays.stream(wanted).allMatch(authorization::isPermissionGranted)) {
      return false;
    }
    Arrays.stream(wanted).forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
    return true;
  }

  /** Which processes each role may start, from {@code gridgov.security.startable-processes}. */
  @Component
  @ConfigurationProperties("gridgov.security")
  static class StartableProcesses {
    private Map<StaffRole, List<String>> startableProcesses = Map.of();

    public Map<StaffRole, List<String>> getStartableProcesses() {
      return startableProcesses;
    }

    public void setStartableProcesses(Map<StaffRole, List<String>> startableProcesses) {
      this.startableProcesses = startableProcesses;
    }
  }
}
