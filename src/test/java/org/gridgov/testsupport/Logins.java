package org.gridgov.testsupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Acting as a member of staff in engine API tests, with their groups, as REST and the webapps do. */
public final class Logins {

  private Logins() {
  }

  public static void authenticate(IdentityService identity, String userId) {
    identity.setAuthentication(userId,
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
  }
}
