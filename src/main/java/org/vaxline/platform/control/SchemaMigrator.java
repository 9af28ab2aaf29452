package org.vaxline.platform.control;

import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings the database to the schema in {@code db/} with Flyway, the only source of schema: JPA
 * generates nothing. A database migrated by an older Vaxline is upgraded; one migrated by a newer
 * Vaxline is refused, because this version would read and write it with an outdated idea of its
 * tables.
 */
public class SchemaMigrator {

  private final Flyway flyway;

  public SchemaMigrator(DataSource dataSource, ClassLoader classLoader) {
    this.flyway =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .cleanDisabled(true)
            .validateOnMigrate(true)
            .load();
  }

  /**
   * Applies pending migrations, if any.
   *
   * @return the schema version now in the database
   * @throws SchemaTooNewException when the database holds migrations this version does not know
   */
  public String migrate() {
    refuseFutureSchema();
    flyway.migrate();
    return currentVersion();
  }

  public String currentVersion() {
    var current = flyway.info().current();
    return current == null ? "none" : current.getVersion().getVersion();
  }

  private void refuseFutureSchema() {
    var unknown =
        Arrays.stream(flyway.info().all())
            .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS)
            .map(MigrationInfo::getVersion)
            .map(v -> v.getVersion())
            .collect(Collectors.joining(", "));
    if (!unknown.isEmpty()) {
      throw new SchemaTooNewException(
          "The database schema has migrations "
              + unknown
              + " that this Vaxline does not know (it knows up to "
              + latestKnownVersion()
              + "). It was upgraded by a newer Vaxline: deploy that version or newer. Refusing to"
              + " start so that nothing is written with an outdated understanding of the schema.");
    }
  }

  private String latestKnownVersion() {
    return Arrays.stream(flyway.info().all())
        .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS)
        .reduce((first, second) -> second)
        .map(m -> m.getVersion().getVersion())
        .orElse("none");
  }

  /** The database was migrated by a newer Vaxline. */
  public static class SchemaTooNewException extends RuntimeException {
    SchemaTooNewException(String message) {
      super(message);
    }
  }
}
