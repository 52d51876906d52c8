package org.gridgov.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridgov.bench.CaseChain.Step;
import org.gridgov.bench.SqlCounter.Tally;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.TestProfiles;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * SQL per step of the case chain, counted (never timed): a change that makes a step send more
 * statements or round trips than {@code bench/sql-per-step-<database>.properties} records fails
 * here until someone raises the number on purpose, with a reason in the commit.
 */
@GridGovSpringTest
@Import(SqlPerStepTest.Counting.class)
class SqlPerStepTest {

  private static final Logger log = LoggerFactory.getLogger(SqlPerStepTest.class);

  @TestConfiguration
  static class Counting {
    @Bean
    static BeanPostProcessor countingDataSource() {
      return CountingDataSource.wrapper();
    }
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseIntakeService intake;

  @Test
  void noStepSendsMoreSqlThanRecorded() throws IOException {
    CaseChain chain = new CaseChain(engine, intake);
    chain.runAll(); // caches (definitions, decisions, groups) filled, as on a running server
    Map<Step, Tally> measured = SqlPerStep.measure(chain);
    log.info("SQL per step on {}:\n{}", database(), SqlPerStep.describe(measured));

    Properties expected = expectations();
    List<String> over = new ArrayList<>();
    measured.forEach((step, tally) -> {
      check(over, expected, step.label() + ".statements", tally.statements());
      check(over, expected, step.label() + ".roundTrips", tally.roundTrips());
    });
    assertThat(over).as("steps above bench/sql-per-step-%s.properties (raise it on purpose if the change is right)",
        database()).isEmpty();
  }

  @Test
  void countsBatchedStatementsOncePerRoundTrip() {
    Tally tally = SqlCounter.record(() -> engine.getManagementService().getTableCount());
    assertThat(tally.statements()).isPositive();
    assertThat(tally.roundTrips()).isGreaterThanOrEqualTo(tally.statements());
    assertThat(SqlCounter.key("insert into ACT_RU_TASK (ID_) values (?)")).isEqualTo("INSERT ACT_RU_TASK");
    assertThat(SqlCounter.key("select distinct RES.* from ACT_RU_TASK RES where 1=1")).isEqualTo("SELECT ACT_RU_TASK");
    assertThat(SqlCounter.key("update ACT_RU_EXECUTION set REV_ = ?")).isEqualTo("UPDATE ACT_RU_EXECUTION");
    assertThat(SqlCounter.key("delete from ACT_RU_VARIABLE where ID_ = ?")).isEqualTo("DELETE ACT_RU_VARIABLE");
  }

  private static void check(List<String> over, Properties expected, String key, int actual) {
    String recorded = expected.getProperty(key);
    if (recorded == null) {
      over.add(key + " has no recorded expectation (measured " + actual + ")");
    } else if (actual > Integer.parseInt(recorded.trim())) {
      over.add(key + ": " + actual + " > recorded " + recorded.trim());
    } else if (actual < Integer.parseInt(recorded.trim())) {
      log.info("{} is down to {} (recorded {}): lower the expectation to keep the gain", key, actual, recorded.trim());
    }
  }

  private static String database() {
    return TestProfiles.onMysql() ? "mysql" : "h2";
  }

  private static Properties expectations() throws IOException {
    Properties properties = new Properties();
    String name = "/bench/sql-per-step-" + database() + ".properties";
    try (InputStream in = SqlPerStepTest.class.getResourceAsStream(name)) {
      if (in != null) {
        properties.load(in);
      }
    }
    return properties;
  }
}
