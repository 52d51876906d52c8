package org.gridgov.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.gridgov.GridGovApplication;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.UnitMapper;
import org.gridgov.organisation.UnitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starting GridGov the way an operator does: the default H2 file database survives a restart, and
 * a database that cannot be reached or refuses the login stops start-up with one message naming
 * the setting to fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {

  @Test
  void theDefaultFileDatabaseKeepsEverythingAcrossARestart(@TempDir Path dataDir) {
    String url = "jdbc:h2:file:" + dataDir.resolve("gridgov");
    long deployments;
    try (ConfigurableApplicationContext first = start("demo", "--spring.datasource.url=" + url)) {
      deployments = first.getBean(RepositoryService.class).createDeploymentQuery().count();
      IdentityService identity = first.getBean(IdentityService.class);
      User user = identity.newUser("restart-check");
      user.setFirstName("重启");
      user.setLastName("检查");
      user.setPassword("Restart@2026x");
      identity.saveUser(user);
    }

    try (ConfigurableApplicationContext second = start("demo", "--spring.datasource.url=" + url)) {
      assertThat(second.getBean(IdentityService.class).createUserQuery().userId("restart-check").count()).isOne();
      assertThat(second.getBean(UnitMapper.class).countByType(UnitType.COUNTY)).isOne();
      assertThat(second.getBean(OrganisationService.class).person("gridworker1")).isPresent();
      // unchanged models are not deployed again: a restart adds no process versions
      assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(deployments);
    }
    assertThat(dataDir.resolve("gridgov.mv.db")).exists();
  }

  @Test
  void anUnreachableDatabaseNamesTheUrlSetting(CapturedOutput output) {
    assertThatThrownBy(() -> start("demo", "--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:1/gridgov"))
        .isInstanceOf(Exception.class);
    assertThat(output).contains("无法连接数据库").contains("spring.datasource.url").contains("GRIDGOV_DB_URL");
  }

  @Test
  void aWrongPasswordNamesTheCredentialSettings(@TempDir Path dataDir, CapturedOutput output) throws Exception {
    String url = "jdbc:h2:file:" + dataDir.resolve("locked");
    try (Connection owner = DriverManager.getConnection(url, "owner", "correct-horse");
        Statement statement = owner.createStatement()) {
      statement.execute("select 1");
    }
    assertThatThrownBy(() -> start("demo", "--spring.datasource.url=" + url,
        "--spring.datasource.username=owner", "--spring.datasource.password=wrong"))
        .isInstanceOf(Exception.class);
    assertThat(output).contains("数据库拒绝登录").contains("GRIDGOV_DB_PASSWORD");
  }

  @Test
  @EnabledIfSystemProperty(named = "gridgov.test.database", matches = "mysql")
  void aWrongMysqlPasswordNamesTheCredentialSettings(CapturedOutput output) {
    assertThatThrownBy(() -> start("mysql", "--spring.datasource.password=certainly-not-the-password",
        "--spring.datasource.username=gridgov_nobody"))
        .isInstanceOf(Exception.class);
    assertThat(output).contains("数据库拒绝登录").contains("GRIDGOV_DB_USER");
  }

  private static ConfigurableApplicationContext start(String profile, String... args) {
    String[] all = new String[args.length + 5];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--server.port=0";
    all[args.length + 1] = "--camunda.bpm.job-execution.enabled=false";
    all[args.length + 2] = "--camunda.bpm.generate-unique-process-engine-name=true";
    all[args.length + 3] = "--camunda.bpm.generate-unique-process-application-name=true";
    all[args.length + 4] = "--spring.datasource.hikari.initialization-fail-timeout=1";
    return new SpringApplicationBuilder(GridGovApplication.class).profiles(profile).run(all);
  }
}
