package org.vaxline.demo.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.vaxline.demo.entity.DemoAccount;

/** Inserts the demo staff accounts, each clinic administrator tied to its clinic by code. */
final class StaffLoader {

  private static final String INSERT =
      "insert into staff_account (username, display_name, password_hash, role, clinic_id)"
          + " values (?, ?, ?, ?, (select id from clinic where code = ?))";

  private final Function<char[], String> passwordHash;

  StaffLoader(Function<char[], String> passwordHash) {
    this.passwordHash = passwordHash;
  }

  int load(Connection connection, List<DemoAccount> accounts) throws SQLException {
    try (var insert = connection.prepareStatement(INSERT)) {
      for (var account : accounts) {
        insert.setString(1, account.username());
        insert.setString(2, account.displayName());
        insert.setString(3, passwordHash.apply(account.password().toCharArray()));
        insert.setString(4, account.role().name());
        insert.setString(5, account.clinicCode());
        insert.addBatch();
      }
      return insert.executeBatch().length;
    }
  }
}
