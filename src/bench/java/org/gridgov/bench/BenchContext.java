package org.gridgov.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gridgov.GridGovApplication;
import org.gridgov.intake.CaseIntakeService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * GridGov started on a fresh database of one kind (h2, mariadb) in one configuration: {@code tuned}
 * is GridGov as shipped (application.yml), {@code untuned} puts back what the Camunda starter and
 * Spring Boot give a team that changes nothing. The job executor is configured but stopped, so
 * that each benchmark decides whether jobs run in the background.
 */
final class BenchContext implements AutoCloseable {

  /** What "untuned" resets: each entry undoes one tuning of application.yml (docs/benchmarks.md). */
  static final Map<String, Object> CAMUNDA_DEFAULTS = Map.of(
      "camunda.bpm.job-execution.max-wait", 60_000,
      "camunda.bpm.job-execution.wait-time-in-millis", 5_000,
      // the engine's schema as Camunda ships it, without GridGov's task-list indexes
      "gridgov.database.engine-indexes", false);

  /**
   * What "untuned" resets on MariaDB: the driver's default for what application-mysql.yml tunes.
   */
  static final Map<String, Object> MYSQL_DRIVER_DEFAULTS = Map.of(
      "spring.datasource.hikari.data-source-properties.rewriteBatchedStatements", false);

  final String database;
  final String configuration;
  final ConfigurableApplicationContext spring;
  final ProcessEngine engine;
  final ProcessEngineConfigurationImpl engineConfiguration;
  final CaseIntakeService intake;
  final DataSource dataSource;
  final Map<String, Object> meta = new LinkedHashMap<>();

  private BenchContext(String database, String configuration, ConfigurableApplicationContext spring) {
    this.database = database;
    this.configuration = configuration;
    this.spring = spring;
    this.engine = spring.getBean(ProcessEngine.class);
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.intake = spring.getBean(CaseIntakeService.class);
    this.dataSource = spring.getBean(DataSource.class);
    engineConfiguration.getJobExecutor().shutdown();
    describe();
  }

  static BenchContext start(String database, String configuration, BenchOptions options) throws SQLException {
    Map<String, Object> properties = new LinkedHashMap<>();
    // any free port: other runs may share the machine; the REST benchmarks ask for it (port())
    properties.put("server.port", 0);
    // one load generator stands for many residents: the per-address and per-phone limits of the
    // residents' API would otherwise refuse it after 30 reports
    properties.put("gridgov.resident.rate-limit.per-ip", Integer.MAX_VALUE);
    properties.put("gridgov.resident.rate-limit.per-phone", Integer.MAX_VALUE);
    properties.put("camunda.bpm.job-execution.enabled", true);
    // the tuned and the untuned context live side by side in this JVM
    properties.put("camunda.bpm.generate-unique-process-engine-name", true);
    properties.put("camunda.bpm.generate-unique-process-application-name", true);
    properties.put("gridgov.notification.relay.enabled", false);
    properties.put("gridgov.security.refuse-default-passwords", false);
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.org.gridgov.bench", "INFO");
    properties.put("spring.main.banner-mode", "off");
    String profiles;
    if (database.equals("h2")) {
      File dir = new File("target/bench/h2-" + configuration);
      FileSystemUtils.deleteRecursively(dir);
      properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.getAbsolutePath() + "/gridgov");
      profiles = "demo";
    } else if (database.equals("mariadb")) {
      String schema = "gg_bench_" + configuration;
      try (Connection root = DriverManager.getConnection(options.mariadbUrl(), "root", "");
          Statement st = root.createStatement()) {
        st.execute("drop database if exists " + schema);
        st.execute("create database " + schema + " character set utf8mb4");
      }
      properties.put("spring.datasource.url", options.mariadbUrl() + schema);
      properties.put("spring.datasource.username", "root");
      properties.put("spring.datasource.password", "");
      profiles = "mysql,demo";
    } else {
      throw new IllegalArgumentException("unknown database " + database + " (h2, mariadb)");
    }
    if (configuration.equals("untuned")) {
      properties.putAll(CAMUNDA_DEFAULTS);
      if (database.equals("mariadb")) {
        properties.putAll(MYSQL_DRIVER_DEFAULTS);
      }
    }
    ConfigurableApplicationContext spring = new SpringApplicationBuilder(GridGovApplication.class)
        .profiles(profiles.split(","))
        .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(CountingDataSource.wrapper()))
        // as command-line arguments: they win over the profile files, as an operator's would
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    return new BenchContext(database, configuration, spring);
  }

  private void describe() {
    meta.put("database", database);
    meta.put("configuration", configuration);
    try (Connection c = dataSource.getConnection()) {
      meta.put("databaseVersion", c.getMetaData().getDatabaseProductName() + " " + c.getMetaData()
          .getDatabaseProductVersion());
    } catch (SQLException e) {
      meta.put("databaseVersion", "unknown: " + e.getMessage());
    }
    HikariDataSource hikari = unwrapHikari();
    meta.put("poolSize", hikari == null ? "?" : hikari.getMaximumPoolSize());
    if (hikari != null && database.equals("mariadb")) {
      meta.put("driverProperties", hikari.getDataSourceProperties());
    }
    meta.put("historyLevel", engineConfiguration.getHistoryLevel().getName());
    meta.put("jdbcBatchProcessing", engineConfiguration.isJdbcBatchProcessing());
    var jobs = engineConfiguration.getJobExecutor();
    meta.put("jobExecutor", "maxWait=" + jobs.getMaxWait() + "ms waitTime=" + jobs.getWaitTimeInMillis()
        + "ms maxJobsPerAcquisition=" + jobs.getMaxJobsPerAcquisition() + " backoff=" + jobs.getBackoffTimeInMillis()
        + "ms");
  }

  private HikariDataSource unwrapHikari() {
    try {
      return dataSource.unwrap(HikariDataSource.class);
    } catch (SQLException e) {
      return null;
    }
  }

  /** The port GridGov's web server listens on in this context. */
  int port() {
    return ((WebServerApplicationContext) spring).getWebServer().getPort();
  }

  String label() {
    return database + "/" + configuration;
  }

  @Override
  public void close() {
    spring.close();
  }
}
