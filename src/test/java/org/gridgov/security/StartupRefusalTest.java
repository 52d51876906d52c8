package org.gridgov.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.gridgov.GridGovApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production refuses to start with guessable passwords or without an administrator. */
class StartupRefusalTest {

  @Test
  void refusesToStartWhileAccountsHaveTheDemoPassword() {
    assertThatThrownBy(() -> start("--gridgov.security.refuse-default-passwords=true"))
        .hasStackTraceContaining("默认或空密码")
        .hasStackTraceContaining("gridworker1");
  }

  @Test
  void refusesABootstrapAdministratorWhosePasswordIsItsId() {
    // Camunda's default when camunda.bpm.admin-user.password is left out; the password policy stops it
    assertThatThrownBy(() -> start("--gridgov.organisation.seed=", "--gridgov.security.refuse-default-passwords=true",
        "--camunda.bpm.admin-user.id=chief"))
        .hasStackTraceContaining("Password does not match policy");
  }

  @Test
  void refusesToStartWithoutAnAdministrator() {
    assertThatThrownBy(() -> start("--gridgov.organisation.seed="))
        .hasStackTraceContaining("没有管理员账号");
  }

  @Test
  void refusesToStartWithAMissingCountySeedFile() {
    assertThatThrownBy(() -> start("--gridgov.organisation.seed=file:/nonexistent/county.yml"))
        .hasStackTraceContaining("县情种子文件不存在");
  }

  @Test
  void startsWithAStrongBootstrapAdministrator() {
    start("--gridgov.organisation.seed=", "--gridgov.security.refuse-default-passwords=true",
        "--camunda.bpm.admin-user.id=chief", "--camunda.bpm.admin-user.password=Wq7!rT9#zL2k").close();
  }

  private static org.springframework.context.ConfigurableApplicationContext start(String... args) {
    String[] all = new String[args.length + 5];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--server.port=0";
    all[args.length + 1] = "--spring.datasource.url=jdbc:h2:mem:refusal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    all[args.length + 2] = "--camunda.bpm.job-execution.enabled=false";
    all[args.length + 3] = "--camunda.bpm.generate-unique-process-engine-name=true";
    all[args.length + 4] = "--camunda.bpm.generate-unique-process-application-name=true";
    return new SpringApplicationBuilder(GridGovApplication.class).profiles("demo").run(all);
  }
}
