package org.vaxline.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.sessions.Session;

/**
 * Migrates the database when the application starts, before any feature touches it, then announces
 * {@link SchemaReady}. A database that does not answer yet is retried every few seconds while
 * readiness stays down; a schema from a newer Vaxline is refused for good.
 *
 * <p>The data source is the server's {@code jdbc/vaxline}, which {@code
 * payara-config/post-boot-commands.asadmin} creates from MicroProfile Config ({@code
 * vaxline.db.url}, {@code vaxline.db.pool.max} …; environment {@code VAXLINE_DB_URL} …): Payara
 * takes an application-defined pool's sizes only as constants, and the boot file is where it
 * expands configuration into them. The driver ships in the WAR, so IT staff carry in nothing but
 * Payara Micro, the WAR and {@code payara-config/}; manuals/operations.md explains the figures.
 */
@ApplicationScoped
public class DatabaseMigration {

  public static final String DATA_SOURCE = "jdbc/vaxline";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
  private static final int RETRY_SECONDS = 5;

  /**
   * The pool's largest size, as the post-boot file read it: the same key, and the same default as
   * the inline one there ({@code PoolDefaultsTest} keeps the two equal).
   */
  @Inject
  @ConfigProperty(name = "vaxline.db.pool.max", defaultValue = "20")
  int poolMax;

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PersistenceUnit EntityManagerFactory persistence;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Event<SchemaReady> schemaReady;

  private volatile SchemaStatus status = SchemaStatus.waiting("not migrated yet");
  private volatile String idleInTransactionTimeout;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    attempt();
  }

  public SchemaStatus status() {
    return status;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Connections this node may hold at most: what operators add up against max_connections. */
  public int poolMax() {
    return poolMax;
  }

  /**
   * PostgreSQL's {@code idle_in_transaction_session_timeout} as a pool connection reported it once
   * the schema was checked, or null before: proof that the pool's start-up options reach the
   * server, since another session's settings cannot be read from outside.
   */
  public String idleInTransactionTimeout() {
    return idleInTransactionTimeout;
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
      idleInTransactionTimeout = idleInTransactionTimeout(connection);
      LOG.info(
          "Database pool: at most "
              + poolMax
              + " connections; a transaction left idle is ended after "
              + idleInTransactionTimeout);
      return SchemaCheck.missing(mappedColumns(), connection);
    }
  }

  private static String idleInTransactionTimeout(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        var result = statement.executeQuery("show idle_in_transaction_session_timeout")) {
      result.next();
      return result.getString(1);
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
