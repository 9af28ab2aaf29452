package org.vaxline.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

  private EmbeddedPostgres embedded;
  private final Path dataDir;
  private final String adminUrl;

  private LocalPostgres(EmbeddedPostgres embedded, Path dataDir, String adminUrl) {
    this.embedded = embedded;
    this.dataDir = dataDir;
    this.adminUrl = adminUrl;
  }

  /**
   * The local server if it answers, else a new embedded one keeping its data in {@code dataDir}.
   */
  public static LocalPostgres start(Path dataDir) {
    if (answers(HOST, PORT)) {
      return new LocalPostgres(
          null, dataDir, "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres");
    }
    try {
      var embedded = embedded(dataDir, 0);
      return new LocalPostgres(embedded, dataDir, embedded.getJdbcUrl(ADMIN_USER, "postgres"));
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

  /**
   * Stops the server and starts it again on the same port and data, as an operator restarting
   * PostgreSQL would: every open connection is cut. The machine's server is restarted through
   * Debian's {@code pg_ctlcluster} (as root or postgres), which cuts every other user's connections
   * too; the embedded one is closed and started over its data directory.
   */
  public synchronized void restart() throws IOException, InterruptedException {
    if (embedded == null) {
      restartCluster(clusterOnPort());
      return;
    }
    var port = embedded.getPort();
    embedded.close();
    embedded = embedded(dataDir, port);
  }

  /** The Debian cluster ("15 main") serving {@link #PORT}, from {@code pg_lsclusters}. */
  private static String[] clusterOnPort() throws IOException, InterruptedException {
    var listing = run("pg_lsclusters", "--no-header");
    return listing
        .lines()
        .map(line -> line.trim().split("\\s+"))
        .filter(columns -> columns.length > 2 && columns[2].equals(String.valueOf(PORT)))
        .findFirst()
        .orElseThrow(() -> new IOException("no cluster on port " + PORT + ": " + listing));
  }

  private static void restartCluster(String[] cluster) throws IOException, InterruptedException {
    // Fast mode: the pools' idle connections would keep a smart shutdown waiting for ever.
    run(
        "pg_ctlcluster",
        "--skip-systemctl-redirect",
        "-m",
        "fast",
        cluster[0],
        cluster[1],
        "restart");
  }

  private static String run(String... command) throws IOException, InterruptedException {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }

  private static EmbeddedPostgres embedded(Path dataDir, int port) throws IOException {
    var builder = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
    return (port == 0 ? builder : builder.setPort(port)).start();
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
