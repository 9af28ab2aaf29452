package org.vaxline.demo.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;
import org.vaxline.demo.entity.LoadReport;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.identity.control.IdentityKeys;
import org.vaxline.identity.entity.ContactColumn;
import org.vaxline.it.TestDatabases;
import org.vaxline.platform.control.SchemaMigrator;

/**
 * Loads the demo country into fresh databases brought to the real schema by {@link SchemaMigrator},
 * as a node does at start. Each test names its own database, so none sees the rows of another.
 *
 * <p>Only failsafe sets {@code vaxline.it} and so starts {@link TestDatabases}; a surefire run that
 * names this class ({@code -Dtest=org.vaxline.demo.**}) reports it disabled rather than failing for
 * want of a database. Under failsafe it always runs, on an embedded PostgreSQL if need be.
 */
@EnabledIfSystemProperty(
    named = "vaxline.it",
    matches = "true",
    disabledReason = "an integration test: failsafe gives it its databases")
class DemoLoaderIT {

  private static final int RESIDENTS = 20_000;
  private static final IdentityKeys KEYS = new IdentityKeys(new byte[32], new byte[32]);

  @Test
  void loadsClinicsResidentsAndStaffOnTheProvincesAndProductsOfTheMigration() throws Exception {
    var database = migrated("demo");
    var report = loadInTransaction(database, password -> "hashed").orElseThrow();
    assertEquals(new LoadReport(250, RESIDENTS, 4, report.elapsedMillis()), report);
    assertEquals(17, count(database, "province"), "inserted by V4, not by the loader");
    assertEquals(5, count(database, "vaccine_product"), "inserted by V4, not by the loader");
    assertEquals(250, count(database, "clinic"));
    assertEquals(RESIDENTS, count(database, "resident"));
    assertEquals(2, count(database, "staff_account where clinic_id is not null"));
  }

  @Test
  void aShowcaseResidentIsFoundByHashAndUnsealsToTheirNumberNameAndPhone() throws Exception {
    var database = migrated("demo_showcase");
    loadInTransaction(database, password -> "hashed");
    var person = ShowcaseResident.ALL.get(0);
    try (var connection = database.getConnection();
        var find =
            connection.prepareStatement(
                "select rrn_sealed, name_sealed, phone_sealed, name_index, phone_index"
                    + " from resident where rrn_hash = ?")) {
      find.setBytes(1, KEYS.hash(person.number()));
      try (var rows = find.executeQuery()) {
        rows.next();
        assertEquals(person.number(), KEYS.unseal(rows.getBytes(1)));
        assertEquals(person.name(), KEYS.unseal(ContactColumn.NAME, rows.getBytes(2)));
        assertEquals(person.phone(), KEYS.unseal(ContactColumn.PHONE, rows.getBytes(3)));
        assertArrayEquals(KEYS.index(ContactColumn.NAME, "김*호"), rows.getBytes(4));
        assertArrayEquals(KEYS.index(ContactColumn.PHONE, "0719"), rows.getBytes(5));
      }
    }
    assertEquals(0, count(database, "resident where name is not null or phone is not null"));
  }

  @Test
  void whenNodesStartTogetherOnlyOneLoads() throws Exception {
    var database = migrated("demo_concurrent");
    var tasks = new ArrayList<Callable<Optional<LoadReport>>>();
    for (int node = 0; node < 3; node++) {
      tasks.add(() -> loadInTransaction(database, password -> "hashed"));
    }
    var pool = Executors.newFixedThreadPool(tasks.size());
    try {
      long loaded = 0;
      for (var result : pool.invokeAll(tasks)) {
        loaded += result.get().isPresent() ? 1 : 0;
      }
      assertEquals(1, loaded);
    } finally {
      pool.shutdown();
    }
    assertEquals(RESIDENTS, count(database, "resident"));
  }

  @Test
  void aLoadThatFailsHalfWayLeavesOnlyWhatTheMigrationInserted() throws Exception {
    var database = migrated("demo_failed");
    assertThrows(
        IllegalStateException.class,
        () ->
            loadInTransaction(
                database,
                password -> {
                  throw new IllegalStateException("the node dies while hashing passwords");
                }));
    for (var table : new String[] {"clinic", "resident", "staff_account"}) {
      assertEquals(0, count(database, table), table);
    }
    assertEquals(17, count(database, "province"));
    assertEquals(5, count(database, "vaccine_product"));
  }

  @Test
  void sameSeedWritesTheSameRowsExceptTheRandomNoncesOfTheSeals() throws Exception {
    var first = migrated("demo_seed_a");
    var second = migrated("demo_seed_b");
    loadInTransaction(first, password -> "hashed");
    loadInTransaction(second, password -> "hashed");
    assertArrayEquals(snapshot(first), snapshot(second));
  }

  /** A new database of the integration run, migrated the way a node migrates it at start. */
  private DataSource migrated(String purpose) {
    var address = TestDatabases.fresh(purpose);
    var database = new PGSimpleDataSource();
    database.setUrl(address.url());
    database.setUser(address.user());
    database.setPassword(address.password());
    new SchemaMigrator(database, getClass().getClassLoader()).migrate();
    return database;
  }

  private static Optional<LoadReport> loadInTransaction(
      DataSource database, Function<char[], String> hash) throws SQLException {
    try (var connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try {
        var report = new DemoLoader(KEYS, hash).loadIfEmpty(connection, 2021, RESIDENTS);
        connection.commit();
        return report;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static String[] snapshot(DataSource database) {
    var residents =
        "select md5(string_agg(r::text, '|' order by r.id)) from (select id, rrn_hash,"
            + " name_index, phone_index, birth_date, sex, province_code from resident) r";
    var clinics = "select md5(string_agg(c::text, '|' order by c.code)) from clinic c";
    return Stream.of(residents, clinics).map(q -> single(database, q)).toArray(String[]::new);
  }

  private static long count(DataSource database, String table) {
    return Long.parseLong(single(database, "select count(*) from " + table));
  }

  private static String single(DataSource database, String query) {
    try (var connection = database.getConnection();
        var rows = connection.createStatement().executeQuery(query)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
