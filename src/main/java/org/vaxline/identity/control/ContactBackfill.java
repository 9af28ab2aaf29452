package org.vaxline.identity.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.platform.control.DatabaseMigration;
import org.vaxline.platform.control.SchemaReady;

/**
 * Seals the names and phones that release N wrote in clear (db/V13), on every node at start-up and
 * in the background, while readiness stays down ({@code ContactsReadiness}). Each batch is its own
 * transaction: it takes rows with FOR UPDATE SKIP LOCKED, so nodes that start together share the
 * rows instead of waiting on each other, and a batch that fails leaves its rows as they were for
 * the next try. Done when no row is left to do, whoever did it.
 *
 * <p>What is left to do depends on {@code vaxline.identity.keep-clear-contacts}. By default the
 * same UPDATE that seals a row erases its clear values (and a row sealed earlier with them kept has
 * them erased): nothing stays in clear. Set, a row is only sealed and keeps its clear values, so
 * that nodes of the previous release, which read only those, serve everyone while the nodes are
 * replaced one at a time; once none is left, the nodes are restarted without it and erase them.
 */
@ApplicationScoped
public class ContactBackfill {

  static final int BATCH = 500;
  private static final int LOG_EVERY = 10_000;
  private static final int RETRY_SECONDS = 5;
  private static final Logger LOG = Logger.getLogger(ContactBackfill.class.getName());

  /** Rows with their names and phones still in clear, sealed or not: what erasing takes. */
  private static final String CLEAR = "name is not null";

  /** Rows not sealed yet: what sealing alone takes. */
  private static final String UNSEALED = "name_sealed is null";

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject IdentityKeys keys;

  @Inject
  @ConfigProperty(name = "vaxline.identity.keep-clear-contacts", defaultValue = "false")
  boolean keepClear;

  private volatile String state = "waiting for the schema";
  private volatile boolean done;
  private volatile long sealedHere;
  private long startedAt;

  void start(@Observes SchemaReady ready) {
    startedAt = System.nanoTime();
    state = keepClear ? "sealing, clear values kept" : "sealing";
    scheduler.execute(this::run);
  }

  /** Whether every resident is sealed, and unless they are kept, no clear value is left. */
  public boolean done() {
    return done;
  }

  public String state() {
    return state;
  }

  /** Rows this node has sealed (or sealed again to erase their clear values) since it started. */
  public long sealedHere() {
    return sealedHere;
  }

  private void run() {
    if (!keys.configured()) {
      state = "the identity keys are not set: nothing can be sealed";
      return;
    }
    try {
      int sealed;
      while ((sealed = sealBatch()) > 0) {
        count(sealed);
      }
      if (anyLeft()) {
        // Another node holds the last rows: look again once it has committed them.
        scheduler.schedule(this::run, 1, TimeUnit.SECONDS);
        return;
      }
      done = true;
      state = keepClear ? "done, clear values kept" : "done";
      LOG.info(
          () ->
              "Resident names and phones: %s; %d rows done by this node in %d ms"
                  .formatted(
                      keepClear
                          ? "all sealed, clear values kept (vaxline.identity.keep-clear-contacts)"
                          : "all sealed, none left in clear",
                      sealedHere,
                      (System.nanoTime() - startedAt) / 1_000_000));
    } catch (SQLException | RuntimeException e) {
      // Only the kind of failure: a server message may quote the row it failed on.
      state = "failed, retrying: " + e.getClass().getSimpleName();
      LOG.warning(
          () ->
              "Sealing resident names and phones failed (%s%s); retrying in %d s"
                  .formatted(
                      e.getClass().getSimpleName(),
                      e instanceof SQLException sql ? ", SQL state " + sql.getSQLState() : "",
                      RETRY_SECONDS));
      scheduler.schedule(this::run, RETRY_SECONDS, TimeUnit.SECONDS);
    }
  }

  private void count(int sealed) {
    long before = sealedHere;
    sealedHere = before + sealed;
    if (sealedHere / LOG_EVERY > before / LOG_EVERY) {
      LOG.info(
          () ->
              "Resident names and phones: %d rows sealed by this node so far"
                  .formatted(sealedHere));
    }
  }

  /** Seals one batch in its own transaction; returns how many rows it took. */
  private int sealBatch() throws SQLException {
    try (var connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        int sealed = sealBatch(connection);
        connection.commit();
        return sealed;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  private int sealBatch(Connection connection) throws SQLException {
    try (var select =
            connection.prepareStatement(
                "select id, name, phone from resident where "
                    + left()
                    + " order by id limit ? for update skip locked");
        var update =
            connection.prepareStatement(
                "update resident set name_sealed = ?, phone_sealed = ?, name_index = ?,"
                    + " phone_index = ?"
                    + (keepClear ? "" : ", name = null, phone = null")
                    + " where id = ?")) {
      select.setInt(1, BATCH);
      int rows = 0;
      try (var clear = select.executeQuery()) {
        while (clear.next()) {
          var sealed = keys.seal(clear.getString(2), clear.getString(3));
          update.setBytes(1, sealed.name());
          update.setBytes(2, sealed.phone());
          update.setBytes(3, sealed.nameIndex());
          update.setBytes(4, sealed.phoneIndex());
          update.setLong(5, clear.getLong(1));
          update.addBatch();
          rows++;
        }
      }
      if (rows > 0) {
        update.executeBatch();
      }
      return rows;
    }
  }

  /** The rows left to do: unsealed ones, and unless clear values are kept, every clear one. */
  private String left() {
    return keepClear ? UNSEALED : CLEAR;
  }

  private boolean anyLeft() throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var result =
            statement.executeQuery("select exists (select 1 from resident where " + left() + ")")) {
      result.next();
      return result.getBoolean(1);
    }
  }
}
