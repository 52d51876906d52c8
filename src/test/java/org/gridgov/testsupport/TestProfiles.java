package org.gridgov.testsupport;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles for every Spring test: the demo county plus test settings, on a fresh in-memory H2
 * database, or on MariaDB/MySQL (profile {@code mysql}) when Maven runs with {@code -Pmariadb}.
 */
public class TestProfiles implements ActiveProfilesResolver {

  public static boolean onMysql() {
    return "mysql".equals(System.getProperty("gridgov.test.database"));
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    // later profiles win: demo after mysql, as in production's "mysql,demo"
    return onMysql() ? new String[] {"mysql", "demo", "test"} : new String[] {"demo", "test", "test-h2"};
  }
}
