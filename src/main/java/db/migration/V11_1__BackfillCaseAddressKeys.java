package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gridgov.cases.AddressKey;

/**
 * Fills {@code gov_case.address_key} (V11) for the cases that existed before it, with the same
 * {@link AddressKey} the application uses from then on. Only open cases can be found as duplicates,
 * so closed ones keep an empty key.
 */
public class V11_1__BackfillCaseAddressKeys extends BaseJavaMigration {

  private static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement select = connection.createStatement();
        ResultSet open = select.executeQuery("select case_no, address_text from gov_case where address_text is not null"
            + " and status not in ('CLOSED', 'EVALUATED', 'MERGED', 'REJECTED')");
        PreparedStatement update = connection.prepareStatement(
            "update gov_case set address_key = ? where case_no = ?")) {
      int pending = 0;
      while (open.next()) {
        update.setString(1, AddressKey.of(open.getString("address_text")));
        update.setString(2, open.getString("case_no"));
        update.addBatch();
        if (++pending == BATCH) {
          update.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }
}
