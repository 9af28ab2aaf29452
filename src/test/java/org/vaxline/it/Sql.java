package org.vaxline.it;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.vaxline.launcher.DatabaseAddress;

/** A test's own look into a node's database: to set a scene or to check what was stored. */
public final class Sql {

  private Sql() {}

  public static void execute(DatabaseAddress database, String sql) throws SQLException {
    try (var db =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      db.createStatement().execute(sql);
    }
  }

  /** The first column of the first row, as a number: a count, an id. */
  public static long count(DatabaseAddress database, String sql) throws SQLException {
    try (var db =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        var result = db.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
