package org.gridgov.council;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is completing a task in Tasklist or over REST ({@code null} for the engine itself and tests). */
@Component
public class CurrentUser {

  private final IdentityService identity;

  CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  public String id() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
