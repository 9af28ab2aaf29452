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
import org.vaxline.platform.control.DatabaseMigration;
import org.vaxline.platform.control.SchemaReady;

/**
 * Seals the names and phones that release N wrote in clear (db/V13), on every node at start-up and
 * in the background, while readiness stays down ({@code ContactsReadiness}). Each batch is its own
 * transaction: it takes rows with FOR UPDATE SKIP LOCKED, so nodes that start together share the
 * rows instead of waiting on each other, and one UPDATE a row writes the sealed columns and indexes
 * and sets the clear ones to null, so a row is clear or sealed, never both, and a batch that fails
 * leaves its rows clear for the next try. Done when no clear row is left, whoever sealed it.
 */
@ApplicationScoped
public class ContactBackfill {

  static final int BATCH = 500;
  private static final int LOG_EVERY = 10_000;
  private static final int RETRY_SECONDS = 5;
  private static final Logger LOG = Logger.getLogger(ContactBackfill.class.getName());

  private static final String CLEAR_ROWS =
      "select id, name, phone from resident where name_sealed is null order by id limit ?"
          + " for update skip locked";
  private static final String SEAL_ROW =
      "update resident set name_sealed = ?, phone_sealed = ?, name_index = ?, phone_index = ?,"
          + " name = null, phone = null where id = ?";

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject IdentityKeys keys;

  private volatile String state = "waiting for the schema";
  private volatile boolean done;
  private volatile long sealedHere;
  private long startedAt;

  void start(@Observes SchemaReady ready) {
    startedAt = System.nanoTime();
    state = "sealing";
    scheduler.execute(this::run);
  }

  /** Whether no resident's name or phone is left in clear. */
  public boolean done() {
    return done;
  }

  public String state() {
    return state;
  }

  /** Rows this node has sealed since it started. */
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
      if (anyClear()) {
        // Another node holds the last rows: look again once it has committed them.
        scheduler.schedule(this::run, 1, TimeUnit.SECONDS);
        return;
      }
      done = true;
      state = "done";
      LOG.info(
          () ->
              "Resident names and phones: none left in clear; %d sealed by this node in %d ms"
                  .formatted(sealedHere, (System.nanoTime() - startedAt) / 1_000_000));
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
    try (var select = connection.prepareStatement(CLEAR_ROWS);
        var update = connection.prepareStatement(SEAL_ROW)) {
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

  private boolean anyClear() throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "select exists (select 1 from resident where name_sealed is null)")) {
      result.next();
      return result.getBoolean(1);
    }
  }
}
