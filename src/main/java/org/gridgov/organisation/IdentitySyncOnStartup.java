package org.gridgov.organisation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings Camunda's users and groups in line with the organisation model on every start. */
@Component
@Order(20)
class IdentitySyncOnStartup implements ApplicationRunner {

  private final IdentitySync identitySync;

  IdentitySyncOnStartup(IdentitySync identitySync) {
    this.identitySync = identitySync;
  }

  @Override
  public void run(ApplicationArguments args) {
    identitySync.sync();
  }
}
