package org.gridgov.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start while any account still has an empty password or one anybody
 * could guess: the user id itself (Camunda's default for {@code camunda.bpm.admin-user}), the demo
 * password, or a handful of notorious ones. Hashes are compared directly, so the check never counts
 * as a failed login and never locks an account.
 */
@Component
@Order(26)
@ConditionalOnProperty(name = "gridgov.security.refuse-default-passwords", havingValue = "true")
class DefaultPasswordCheck implements ApplicationRunner {

  static final List<String> KNOWN_DEFAULTS = List.of("GridGov@2026", "demo", "admin", "camunda", "password",
      "123456", "12345678", "changeme", "change-me");

  private final IdentityService identity;
  private final PasswordManager passwords;

  DefaultPasswordCheck(IdentityService identity, ProcessEngineConfigurationImpl engineConfiguration) {
    this.identity = identity;
    this.passwords = engineConfiguration.getPasswordManager();
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> weak = new ArrayList<>();
    for (User user : identity.createUserQuery().list()) {
      if (hasDefaultOrEmptyPassword((UserEntity) user)) {
        weak.add(user.getId());
      }
    }
    if (!weak.isEmpty()) {
      throw new IllegalStateException("拒绝启动：以下账号仍使用默认或空密码 (accounts with a default or empty password): "
          + weak + ". Change their passwords in Admin on a start with the demo profile, or remove the accounts; "
          + "give the first administrator a password with camunda.bpm.admin-user.password.");
    }
  }

  private boolean hasDefaultOrEmptyPassword(UserEntity user) {
    String hash = user.getPassword();
    if (hash == null || hash.isEmpty()) {
      return true;
    }
    List<String> candidates = new ArrayList<>(KNOWN_DEFAULTS);
    candidates.add(user.getId());
    candidates.add("");
    String salt = user.getSalt() == null ? "" : user.getSalt();
    for (String candidate : candidates) {
      // the engine hashes password + salt (DbReadOnlyIdentityServiceProvider), so do we
      if (passwords.check(candidate + salt, hash)) {
        return true;
      }
    }
    return false;
  }
}
