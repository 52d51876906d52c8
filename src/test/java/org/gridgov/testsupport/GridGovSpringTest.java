package org.gridgov.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real database: H2 by default, MariaDB/MySQL with {@code -Pmariadb}.
 * Contexts are shared between test classes with the same configuration, and on MariaDB all of them
 * share one database: tests look up only what they created (by business key or instance id).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
public @interface GridGovSpringTest {
}
