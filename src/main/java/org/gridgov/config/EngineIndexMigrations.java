package org.gridgov.config;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Indexes GridGov adds to the engine's own tables for the task lists staff really open
 * (docs/benchmarks.md, benchmark 6). They cannot be ordinary migrations: GridGov's migrations run
 * before the engine creates its tables on a fresh database. So a second Flyway, with a history
 * table of its own, runs {@code db/engine} once the engine (and its schema) is up; Flyway's lock
 * keeps two nodes starting together from adding an index twice.
 */
@Component
class EngineIndexMigrations {

  /** Takes the engine only to be created after it: the engine creates or updates its schema first. */
  EngineIndexMigrations(ProcessEngine engine, DataSource dataSource,
      @Value("${gridgov.database.engine-indexes:true}") boolean enabled) {
    if (enabled) {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/engine")
          .table("gov_engine_schema_history")
          // the schema already holds GridGov's and the engine's tables
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    }
  }
}
