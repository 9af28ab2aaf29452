package org.vaxline.platform.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.Session;

/**
 * Migrates the database when the application starts, before any feature touches it, then announces
 * {@link SchemaReady}. A database that does not answer yet is retried every few seconds while
 * readiness stays down; a schema from a newer Vaxline is refused for good.
 *
 * <p>The data source is defined here, located by MicroProfile Config ({@code vaxline.db.url},
 * {@code vaxline.db.user}, {@code vaxline.db.password}; environment {@code VAXLINE_DB_URL} …). The
 * driver ships in the WAR, so IT staff carry in nothing but Payara Micro and the WAR. Payara reads
 * pool sizes only from this annotation; manuals/operations.md explains the figures.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=vaxline.db.url}",
    user = "${MPCONFIG=vaxline.db.user}",
    password = "${MPCONFIG=vaxline.db.password}",
    minPoolSize = 4,
    initialPoolSize = 4,
    maxPoolSize = 48,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=5000",
      "ApplicationName=vaxline",
      "tcpKeepAlive=true"
    })
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/vaxline";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
  private static final int RETRY_SECONDS = 5;

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PersistenceUnit EntityManagerFactory persistence;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Event<SchemaReady> schemaReady;

  private volatile SchemaStatus status = SchemaStatus.waiting("not migrated yet");

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    attempt();
  }

  public SchemaStatus status() {
    return status;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  private void attempt() {
    String version;
    try {
      version = new SchemaMigrator(dataSource, getClass().getClassLoader()).migrate();
    } catch (SchemaMigrator.SchemaTooNewException e) {
      LOG.severe(e.getMessage());
      status = SchemaStatus.refused(e.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.warning("Database not ready, retrying in " + RETRY_SECONDS + " s: " + e.getMessage());
      status = SchemaStatus.waiting("database not reachable or migration failed; see the log");
      scheduler.schedule(this::attempt, RETRY_SECONDS, TimeUnit.SECONDS);
      return;
    }
    startFeatures(version);
  }

  private void startFeatures(String version) {
    try {
      var missing = missingFromSchema();
      if (!missing.isEmpty()) {
        refuse("The JPA mapping does not match schema " + version + ": " + missing);
        return;
      }
      LOG.info("Database schema at version " + version + " and matches the mapping");
      schemaReady.fire(new SchemaReady(version));
      status = SchemaStatus.ready(version);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Start-up after migration failed", e);
      status = SchemaStatus.refused("start-up after migration failed; see the log");
    }
  }

  private List<String> missingFromSchema() throws SQLException {
    try (var connection = dataSource.getConnection()) {
      return SchemaCheck.missing(mappedColumns(), connection);
    }
  }

  private void refuse(String reason) {
    LOG.severe(reason);
    status = SchemaStatus.refused(reason);
  }

  private Map<String, Set<String>> mappedColumns() {
    var columns = new HashMap<String, Set<String>>();
    for (var descriptor : persistence.unwrap(Session.class).getDescriptors().values()) {
      for (var field : descriptor.getFields()) {
        columns.computeIfAbsent(field.getTableName(), t -> new HashSet<>()).add(field.getName());
      }
    }
    return columns;
  }

  /** Where the schema stands on this node, in words that readiness may show. */
  public record SchemaStatus(boolean ready, String detail) {
    static SchemaStatus waiting(String detail) {
      return new SchemaStatus(false, detail);
    }

    static SchemaStatus refused(String detail) {
      return new SchemaStatus(false, "refused: " + detail);
    }

    static SchemaStatus ready(String version) {
      return new SchemaStatus(true, "schema " + version);
    }
  }
}
