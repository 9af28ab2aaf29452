package org.vaxline.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.vaxline.launcher.DatabaseAddress;
import org.vaxline.launcher.LocalPostgres;

/**
 * Gives the integration tests their PostgreSQL: the local server when it answers, else an embedded
 * one, opened once per test run and given a fresh database per use, dropped at the end. It also
 * publishes the database of the Arquillian deployment as system properties, which {@code
 * arquillian.xml} hands to Payara Micro. Unit tests (no {@code vaxline.it}) never start it.
 */
public class TestDatabases implements LauncherSessionListener {

  private static LocalPostgres server;
  private static final List<String> created = new ArrayList<>();

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("vaxline.it")) {
      return;
    }
    server = LocalPostgres.start(Path.of("target", "embedded-postgres"));
    var arquillian = fresh("arquillian");
    System.setProperty("vaxline.it.db.url", arquillian.url());
    System.setProperty("vaxline.it.db.user", arquillian.user());
    System.setProperty("vaxline.it.db.password", arquillian.password());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (server == null) {
      return;
    }
    try (var closing = server) {
      created.forEach(closing::drop);
    } catch (Exception e) {
      System.err.println("Test databases not cleaned up: " + e);
    }
  }

  /**
   * Restarts the PostgreSQL under every test database (chaos tests): each open connection is cut,
   * the data stays. With the machine's server, other users of that server are cut too.
   */
  public static synchronized void restartServer() throws Exception {
    if (server == null) {
      throw new IllegalStateException("integration tests run under failsafe (vaxline.it=true)");
    }
    server.restart();
  }

  /** A new, empty database for one test class. */
  public static synchronized DatabaseAddress fresh(String purpose) {
    if (server == null) {
      throw new IllegalStateException("integration tests run under failsafe (vaxline.it=true)");
    }
    var name = "vaxline_it_" + purpose + "_" + ProcessHandle.current().pid();
    server.drop(name);
    created.add(name);
    return server.database(name);
  }
}
