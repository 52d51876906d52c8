package org.gridgov.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GridGov's indexes on engine tables are there once the engine has started (H2, or MariaDB with -Pmariadb). */
@GridGovSpringTest
class EngineIndexMigrationsTest {

  @Autowired
  private DataSource dataSource;

  @Test
  void theTaskListIndexIsAddedAfterTheEngineCreatedItsTables() throws SQLException {
    assertThat(indexedColumns("ACT_RU_VARIABLE", "GG_IDX_VAR_PROCINST_NAME")).containsExactly("PROC_INST_ID_", "NAME_");
  }

  private List<String> indexedColumns(String table, String index) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), null, table, false, false)) {
        while (rs.next()) {
          if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
            columns.add(rs.getString("COLUMN_NAME").toUpperCase());
          }
        }
      }
    }
    return columns;
  }
}
