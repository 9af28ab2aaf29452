package org.vaxline.demo.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vaxline.demo.entity.DemoAccount;
import org.vaxline.demo.entity.LoadReport;
import org.vaxline.demo.entity.ResidentRow;
import org.vaxline.identity.control.IdentityKeys;

/**
 * Writes the demo clinics, residents and staff into empty tables on one connection. Provinces and
 * vaccine products are not its business: production needs them too, so migration V4 inserts them.
 * It neither commits nor rolls back: the caller owns the transaction, so a crash half-way leaves
 * nothing behind.
 */
public final class DemoLoader {

  /** Advisory lock key, "vaxdemo" in ASCII; only the demo loader takes it. */
  private static final long LOCK_KEY = 0x76617864656d6fL;

  private final IdentityKeys keys;
  private final Function<char[], String> passwordHash;

  /**
   * @param passwordHash hashes a staff password the way sign-in checks it
   */
  public DemoLoader(IdentityKeys keys, Function<char[], String> passwordHash) {
    this.keys = keys;
    this.passwordHash = passwordHash;
  }

  /**
   * Loads the demo country unless the database already has residents. Nodes that start together
   * queue on a transaction-level advisory lock, held until the caller commits or rolls back, so the
   * first one loads and the others then find residents.
   *
   * @return what was loaded, or empty if the database was not empty
   */
  public Optional<LoadReport> loadIfEmpty(Connection connection, long seed, int residentCount)
      throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
      try (var rows = statement.executeQuery("select exists (select 1 from resident)")) {
        rows.next();
        if (rows.getBoolean(1)) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(load(connection, seed, residentCount));
  }

  public LoadReport load(Connection connection, long seed, int residentCount) throws SQLException {
    long start = System.nanoTime();
    int clinics = loadClinics(connection, new SplittableRandom(seed).nextLong());
    int residents = loadResidents(connection, residentSeed(seed), residentCount);
    int staff = new StaffLoader(passwordHash).load(connection, DemoAccount.ALL);
    return new LoadReport(clinics, residents, staff, (System.nanoTime() - start) / 1_000_000);
  }

  private static int loadClinics(Connection connection, long seed) throws SQLException {
    var columns = "code, name, kind, province_code, district, address, latitude, longitude, phone";
    try (var copy = new CopyWriter(connection, "clinic", columns)) {
      for (var c : new ClinicGenerator(seed).generate()) {
        copy.row(
            c.code(),
            c.name(),
            c.kind(),
            c.provinceCode(),
            c.district(),
            c.address(),
            c.latitude(),
            c.longitude(),
            c.phone());
      }
      return (int) copy.finish();
    }
  }

  /** The residents {@link #load} writes for {@code seed}, in order: tests sign in as them. */
  public static Stream<ResidentRow> residents(long seed, int count) {
    return ResidentGenerator.residents(residentSeed(seed), count);
  }

  /** The clinics take the seed's first draw, the residents its second. */
  private static long residentSeed(long seed) {
    var seeds = new SplittableRandom(seed);
    seeds.nextLong();
    return seeds.nextLong();
  }

  private int loadResidents(Connection connection, long seed, int count) throws SQLException {
    var columns =
        "rrn_hash, rrn_sealed, name_sealed, phone_sealed, name_index, phone_index, birth_date, sex,"
            + " province_code";
    try (var copy = new CopyWriter(connection, "resident", columns)) {
      var generator = new ResidentGenerator(seed);
      for (int i = 0; i < count; i++) {
        ResidentRow r = generator.next();
        var contacts = keys.seal(r.name(), r.phone());
        copy.row(
            keys.hash(r.number()),
            keys.seal(r.number()),
            contacts.name(),
            contacts.phone(),
            contacts.nameIndex(),
            contacts.phoneIndex(),
            r.birthDate(),
            r.sex(),
            r.provinceCode());
      }
      return (int) copy.finish();
    }
  }
}
