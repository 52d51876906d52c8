package org.gridgov.config;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached or refuses the login into one message at start-up that
 * names the setting to fix, instead of a page of stack traces from Flyway, Hikari and the engine.
 * Runs before Spring Boot's own analyzers, which would describe the symptom (a bean that failed).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseStartupFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  private final Environment environment;

  DatabaseStartupFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    String url = environment.getProperty("spring.datasource.url", "(none)");
    String user = environment.getProperty("spring.datasource.username", "");
    String state = cause.getSQLState() == null ? "" : cause.getSQLState();
    if (state.startsWith("28") || cause.getErrorCode() == 1045) {
      return new FailureAnalysis(
          "数据库拒绝登录 (database refused the login): user '" + user + "' at " + url + ": " + cause.getMessage(),
          "请检查 spring.datasource.username / spring.datasource.password "
              + "(环境变量 GRIDGOV_DB_USER / GRIDGOV_DB_PASSWORD) — check the database user and password.",
          cause);
    }
    if (cause.getErrorCode() == 1049) {
      return new FailureAnalysis(
          "数据库不存在 (database does not exist): " + url + ": " + cause.getMessage(),
          "请先创建数据库 (CREATE DATABASE gridgov CHARACTER SET utf8mb4) 或修改 spring.datasource.url "
              + "(环境变量 GRIDGOV_DB_URL).",
          cause);
    }
    if (state.startsWith("08") || state.equals("90067") || state.equals("90046")) {
      return new FailureAnalysis(
          "无法连接数据库 (database unreachable): " + url + ": " + cause.getMessage(),
          "请检查 spring.datasource.url (环境变量 GRIDGOV_DB_URL): host, port and database name, "
              + "and that the database server is running.",
          cause);
    }
    return null;
  }
}
