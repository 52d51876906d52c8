package org.gridgov.testsupport;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles for every Spring test: the demo county plus test settings, and the {@code mysql}
 * profile when Maven runs the suite against MariaDB/MySQL ({@code -Pmariadb}).
 */
public class TestProfiles implements ActiveProfilesResolver {

  public static boolean onMysql() {
    return "mysql".equals(System.getProperty("gridgov.test.database"));
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return onMysql() ? new String[] {"demo", "test", "mysql"} : new String[] {"demo", "test"};
  }
}
