package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.vaxline.it.TestDatabases;

/** Flyway against a real PostgreSQL: fresh, repeated, old and newer schemas. */
class SchemaMigratorIT {

  private static final String LATEST = "13";
  private DataSource database;

  @BeforeEach
  void freshDatabase() {
    var address = TestDatabases.fresh("schema");
    var source = new PGSimpleDataSource();
    source.setUrl(address.url());
    source.setUser(address.user());
    source.setPassword(address.password());
    database = source;
  }

  @Test
  void migratesAnEmptyDatabaseToTheLatestSchema() throws SQLException {
    assertEquals(LATEST, migrator().migrate());
    assertEquals(LATEST, String.valueOf(count("select count(*) from flyway_schema_history")));
    assertEquals(0, count("select count(*) from resident"));
  }

  @Test
  void migratingTwiceChangesNothing() throws SQLException {
    migrator().migrate();
    var installedAt =
        count("select sum(extract(epoch from installed_on)) from flyway_schema_history");
    assertEquals(LATEST, migrator().migrate());
    assertEquals(Long.parseLong(LATEST), count("select count(*) from flyway_schema_history"));
    assertEquals(
        installedAt,
        count("select sum(extract(epoch from installed_on)) from flyway_schema_history"));
  }

  @Test
  void upgradesADatabaseMigratedByAnOlderVersion() throws SQLException {
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    assertEquals(1, count("select count(*) from flyway_schema_history"));

    assertEquals(LATEST, migrator().migrate());
    assertEquals(0, count("select count(*) from staff_account"), "V3 was applied");
  }

  @Test
  void refusesADatabaseMigratedByANewerVersion() throws SQLException {
    migrator().migrate();
    try (var connection = database.getConnection()) {
      connection
          .createStatement()
          .execute(
              "insert into flyway_schema_history (installed_rank, version, description, type,"
                  + " script, checksum, installed_by, execution_time, success) values (99, '99',"
                  + " 'from the future', 'SQL', 'V99__future.sql', 0, 'vaxline', 1, true)");
    }
    var refusal = assertThrows(SchemaMigrator.SchemaTooNewException.class, migrator()::migrate);
    assertTrue(refusal.getMessage().contains("99"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("up to " + LATEST), refusal.getMessage());
  }

  private SchemaMigrator migrator() {
    return new SchemaMigrator(database, getClass().getClassLoader());
  }

  private long count(String sql) throws SQLException {
    try (var connection = database.getConnection();
        var result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
