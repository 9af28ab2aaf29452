package org.vaxline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vaxline.it.Api;
import org.vaxline.it.TestDatabases;
import org.vaxline.launcher.DatabaseAddress;
import org.vaxline.launcher.PayaraNode;

/**
 * One node whose pool an operator capped at three connections through the environment, as
 * manuals/operations.md sizes pools for many nodes: under twenty clients reading the clinic
 * directory at once it never holds more than three sessions in PostgreSQL, yet answers every
 * request, and the operator view reports the cap and the idle-in-transaction timeout that its
 * connections carry.
 */
class DatabasePoolIT {

  private static final int POOL_MAX = 3;
  private static final String IDLE_IN_TRANSACTION = "7s";
  private static final int CLIENTS = 20;
  private static final int REQUESTS_EACH = 15;

  private static DatabaseAddress database;
  private static PayaraNode node;

  @BeforeAll
  static void startWithASmallPool() throws Exception {
    database = TestDatabases.fresh("pool");
    node =
        PayaraNode.start(
            new PayaraNode.Options(
                "pool",
                18191,
                List.of(6991),
                6991,
                database,
                Map.of(
                    "VAXLINE_DEMO",
                    "true",
                    "VAXLINE_DEMO_RESIDENTS",
                    "1000",
                    "VAXLINE_DB_POOL_MAX",
                    String.valueOf(POOL_MAX),
                    "VAXLINE_DB_IDLE_IN_TRANSACTION_TIMEOUT",
                    IDLE_IN_TRANSACTION)));
    node.awaitReady(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void neverHoldsMoreSessionsThanItsPoolAllowsAndStillAnswersEveryone() throws Exception {
    var sampling = new AtomicBoolean(true);
    var most = new AtomicInteger();
    var clients = Executors.newFixedThreadPool(CLIENTS + 1);
    try {
      var sampler = clients.submit(() -> sampleSessions(sampling, most));
      var reads = new ArrayList<Callable<Integer>>();
      for (int i = 0; i < CLIENTS; i++) {
        reads.add(DatabasePoolIT::readDirectory);
      }
      var answered = 0;
      for (var read : clients.invokeAll(reads)) {
        answered += read.get();
      }
      sampling.set(false);
      sampler.get();
      assertEquals(CLIENTS * REQUESTS_EACH, answered, "every directory read answered 200");
      assertTrue(most.get() <= POOL_MAX, "sessions at once: " + most.get());
      // The steady pool alone holds two: more proves the clients made the pool grow to its cap.
      assertTrue(most.get() > 2, "the pool grew under the clients: " + most.get());
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void operatorsSeeThePoolCapAndTheIdleInTransactionTimeout() {
    var operator = new Api(node.base()).as("operator", "vaxline-demo-operator");
    var self =
        operator.get("/api/operator/nodes").array().stream()
            .map(JsonObject.class::cast)
            .filter(beat -> beat.getString("name").equals("pool"))
            .findFirst()
            .orElseThrow();
    assertEquals(POOL_MAX, self.getInt("poolMax"));
    // Read back by the node from one of its own pool connections: the start-up option arrived.
    assertEquals(IDLE_IN_TRANSACTION, self.getString("idleInTransactionTimeout"));
  }

  /** The clinic directory reads PostgreSQL on every request: no cache stands in front of it. */
  private static int readDirectory() {
    var citizen = new Api(node.base());
    var ok = 0;
    for (int i = 0; i < REQUESTS_EACH; i++) {
      if (citizen.get("/api/clinics?province=11").status() == 200) {
        ok++;
      }
    }
    return ok;
  }

  /** The node's sessions, told from the test's own by the application name the pool sets. */
  private static Void sampleSessions(AtomicBoolean sampling, AtomicInteger most) throws Exception {
    try (var db =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        var count =
            db.prepareStatement(
                "select count(*) from pg_stat_activity"
                    + " where datname = current_database() and application_name = 'vaxline'")) {
      while (sampling.get()) {
        try (var result = count.executeQuery()) {
          result.next();
          most.accumulateAndGet(result.getInt(1), Math::max);
        }
        Thread.sleep(20);
      }
    }
    return null;
  }
}
