package org.vaxline.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL server for development and tests: the one at 127.0.0.1:5432 when it answers (it
 * normally does on these machines), else an embedded PostgreSQL started from Maven Central's
 * binaries, so nothing has to be installed by hand.
 */
public final class LocalPostgres implements AutoCloseable {

  private static final String HOST = "127.0.0.1";
  private static final int PORT = 5432;
  private static final String ADMIN_USER = "postgres";

  private final EmbeddedPostgres embedded;
  private final String adminUrl;

  private LocalPostgres(EmbeddedPostgres embedded, String adminUrl) {
    this.embedded = embedded;
    this.adminUrl = adminUrl;
  }

  /**
   * The local server if it answers, else a new embedded one keeping its data in {@code dataDir}.
   */
  public static LocalPostgres start(Path dataDir) {
    if (answers(HOST, PORT)) {
      return new LocalPostgres(null, "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres");
    }
    try {
      var embedded =
          EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
      return new LocalPostgres(embedded, embedded.getJdbcUrl(ADMIN_USER, "postgres"));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no PostgreSQL at " + HOST + ":" + PORT + " and none embedded", e);
    }
  }

  public String description() {
    return embedded == null
        ? "PostgreSQL at " + HOST + ":" + PORT
        : "embedded PostgreSQL on port " + embedded.getPort();
  }

  /** The named database, created empty if it does not exist yet. */
  public DatabaseAddress database(String name) {
    requireSimpleName(name);
    try (var admin = DriverManager.getConnection(adminUrl, ADMIN_USER, "");
        var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, name);
      if (!exists.executeQuery().next()) {
        admin.createStatement().execute("create database " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new DatabaseAddress(adminUrl.replaceFirst("/postgres$", "/" + name), ADMIN_USER, "");
  }

  public void drop(String name) {
    requireSimpleName(name);
    try (var admin = DriverManager.getConnection(adminUrl, ADMIN_USER, "")) {
      admin.createStatement().execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop database " + name, e);
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }

  private static void requireSimpleName(String name) {
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
  }

  private static boolean answers(String host, int port) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
