package org.vaxline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.it.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.it.Api;
import org.vaxline.it.Nodes;
import org.vaxline.it.Queue;
import org.vaxline.it.Sql;
import org.vaxline.it.TestDatabases;
import org.vaxline.launcher.DatabaseAddress;
import org.vaxline.launcher.PayaraNode;
import org.vaxline.pass.issuer.Uvci;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.waitingroom.control.ProofOfWork;
import org.vaxline.waitingroom.control.TicketNumbers;

/**
 * Two Payara Micro nodes with the real WAR on one machine, sharing one PostgreSQL and forming one
 * Hazelcast cluster, as manuals/operations.md starts them. The story runs in order: both start at
 * once, share the cache, then node A is killed and node B carries on; last, a third node meets a
 * database that a newer Vaxline has migrated and refuses it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final List<Integer> DATA_GRID = List.of(6900, 6901);
  private static final int RESIDENTS = 1000;
  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private static DatabaseAddress database;
  private static PayaraNode nodeA;
  private static PayaraNode nodeB;
  private static Api operatorOnB;

  @BeforeAll
  static void startTwoNodesAtOnce() throws Exception {
    database = TestDatabases.fresh("cluster");
    nodeA = node("node-a", 18081, DATA_GRID.get(0));
    nodeB = node("node-b", 18082, DATA_GRID.get(1));
    Nodes.awaitReady(START_LIMIT, nodeA, nodeB);
    operatorOnB = new Api(nodeB.base()).as("operator", "vaxline-demo-operator");
  }

  @AfterAll
  static void stop() throws Exception {
    Nodes.close(nodeA, nodeB);
  }

  @Test
  @Order(1)
  void nodesStartingTogetherMigrateAndLoadTheDemoOnce() throws Exception {
    // Every migration in db/, each once, though both nodes started together.
    long migrations;
    try (var files = Files.list(Path.of("db"))) {
      migrations =
          files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
    assertEquals(migrations, count("select count(*) from flyway_schema_history where success"));
    assertEquals(RESIDENTS, count("select count(*) from resident"));
    assertEquals(17, count("select count(*) from province"));
  }

  @Test
  @Order(2)
  void aCacheEntryWrittenThroughNodeAIsReadThroughNodeB() throws Exception {
    var pingA = new Api(nodeA.base());
    for (int i = 0; i < 25; i++) {
      assertEquals("pong", pingA.get("/api/ping").body());
    }
    var seenOnB =
        eventually(
            () ->
                heartbeatOf("node-a")
                    .filter(beat -> beat.getJsonNumber("apiRequests").longValue() >= 25),
            Duration.ofSeconds(30));
    assertTrue(seenOnB.getBoolean("ready"));
    assertTrue(seenOnB.getString("process").startsWith(nodeA.pid() + "@"), "A's own process");
  }

  @Test
  @Order(3)
  void aCampaignCreatedThroughNodeAIsCheckedByNodeBWithinSeconds() {
    var draft =
        "{\"name\":\"클러스터 시험\",\"nameEn\":\"Cluster test\",\"bornFrom\":\"1950-01-01\","
            + "\"bornUntil\":\"1959-12-31\",\"opensAt\":\"2031-03-02T09:00:00+09:00\","
            + "\"closesAt\":\"2031-04-01T18:00:00+09:00\",\"products\":[\"MODERNA\"]}";
    var created =
        new Api(nodeA.base())
            .as("operator", "vaxline-demo-operator")
            .post("/api/operator/campaigns", draft);
    assertEquals(201, created.status(), created::body);
    var check =
        "/api/campaigns/"
            + created.object().getInt("id")
            + "/check?birthDate=1955-05-05&at=2031-03-02T09:00:00%2B09:00";
    var citizenOnB = new Api(nodeB.base());
    var answer =
        eventually(
            () -> Optional.of(citizenOnB.get(check)).filter(a -> a.status() == 200),
            Duration.ofSeconds(5));
    assertTrue(answer.object().getBoolean("eligible"), answer::body);
  }

  @Test
  @Order(3)
  void bothNodesServeTheSameDemoTrustListAndARevocationThroughAReachesB() {
    var listA = new Api(nodeA.base()).get("/api/pass/trust-list");
    var listB = new Api(nodeB.base()).get("/api/pass/trust-list");
    assertEquals(200, listA.status(), listA::body);
    assertEquals(listA.body(), listB.body(), "one set of demo keys, one signed list");
    assertEquals(listA.header("ETag"), listB.header("ETag"));

    var revocation =
        "{\"uvci\":\"" + Uvci.random(new Random(7)).value() + "\",\"reason\":\"cluster test\"}";
    var revoked =
        new Api(nodeA.base())
            .as("operator", "vaxline-demo-operator")
            .post("/api/operator/passes/revocations", revocation);
    assertEquals(201, revoked.status(), revoked::body);
    var onB =
        eventually(
            () ->
                Optional.of(new Api(nodeB.base()).get("/api/pass/revocations"))
                    .filter(list -> list.object().getInt("version") == 1),
            Duration.ofSeconds(5));
    assertEquals(
        revoked.object().getString("entry"), onB.object().getJsonArray("entries").getString(0));
  }

  @Test
  @Order(3)
  void aPassIssuedByNodeAVerifiesOnNodeB() throws Exception {
    var resident = ShowcaseResident.ALL.get(3);
    var operatorOnA = new Api(nodeA.base()).as("operator", "vaxline-demo-operator");
    for (var dose : List.of(1, 2)) {
      var report =
          Json.createObjectBuilder()
              .add(
                  "person",
                  Json.createObjectBuilder()
                      .add("registrationNumber", resident.rrn())
                      .add("name", resident.name()))
              .add("product", "PFIZER")
              .add("lot", "FF2587")
              .add("dose", dose)
              .add(
                  "givenAt",
                  OffsetDateTime.now(KoreaTime.ZONE)
                      .withNano(0)
                      .minusDays(90 - 30L * dose)
                      .toString())
              .build()
              .toString();
      var recorded = operatorOnA.post("/api/clinic/C110001/doses", report);
      assertEquals(201, recorded.status(), recorded::body);
    }
    var browser = Queue.admitted(new Api(nodeA.base()), operatorOnA, "aged 18 and over");
    var claim =
        Json.createObjectBuilder()
            .add("registrationNumber", resident.rrn())
            .add("name", resident.name())
            .build()
            .toString();
    var challenge = browser.post("/api/identity/verifications", claim).object();
    var confirmed =
        browser.post(
            "/api/identity/verifications/" + challenge.getString("challenge") + "/confirmation",
            "{\"code\":\"" + challenge.getString("demoCode") + "\"}");
    assertEquals(200, confirmed.status(), confirmed::body);
    var cookie = confirmed.header("Set-Cookie");
    var citizen = browser.with("Cookie", cookie.substring(0, cookie.indexOf(';')));

    var pass = citizen.get("/api/me/pass");
    assertEquals(200, pass.status(), pass::body);
    var scan =
        Json.createObjectBuilder().add("qr", pass.object().getString("qr")).build().toString();
    var onB = new Api(nodeB.base()).post("/api/pass/verify", scan).object();
    assertTrue(onB.getBoolean("valid"), onB::toString);
    var code = citizen.get("/api/me/pass/check-in-code").object().getString("code");
    var checkInOnB =
        new Api(nodeB.base()).post("/api/pass/check-in", "{\"code\":\"" + code + "\"}").object();
    assertTrue(checkInOnB.getBoolean("valid"), checkInOnB::toString);
  }

  @Test
  @Order(4)
  void anOperatorsPauseStopsAdmissionsOnEveryNodeWithinASecond() throws Exception {
    var campaign =
        operatorOnB.get("/api/operator/campaigns").array().stream()
            .map(JsonObject.class::cast)
            .filter(c -> c.getString("nameEn").contains("aged 18 and over"))
            .findFirst()
            .orElseThrow()
            .getInt("id");
    var operatorOnA = new Api(nodeA.base()).as("operator", "vaxline-demo-operator");
    steer(operatorOnA, campaign, false, 40);
    // Tickets from both nodes, so there are people to admit: each node hands out numbers in blocks
    // and holds the next in reserve, so node A's ticket is 1 and node B's the first of the third.
    var lastTicket = 2 * TicketNumbers.BLOCK + 1;
    for (var node : List.of(nodeA, nodeB)) {
      var citizen = new Api(node.base());
      var puzzle = citizen.get("/api/queue/" + campaign + "/puzzle").object();
      var nonce = ProofOfWork.solve(puzzle.getString("challenge"), puzzle.getInt("difficulty"));
      var joined =
          citizen.post(
              "/api/queue/" + campaign + "/tickets",
              "{\"challenge\":\""
                  + puzzle.getString("challenge")
                  + "\",\"nonce\":\""
                  + nonce
                  + "\"}");
      assertEquals(201, joined.status(), joined::body);
    }
    var moving =
        eventually(
            () ->
                Optional.of(serving(nodeB, campaign))
                    .filter(serving -> serving > 0)
                    .filter(serving -> serving < lastTicket),
            Duration.ofSeconds(10));
    assertTrue(moving > 0, "both nodes admit");

    steer(operatorOnA, campaign, true, 40);
    Thread.sleep(2000); // one second for the pause, one for each node's sampled copy
    var afterA = serving(nodeA, campaign);
    var afterB = serving(nodeB, campaign);
    Thread.sleep(2000);
    assertEquals(afterA, serving(nodeA, campaign), "node A admits no one while paused");
    assertEquals(afterB, serving(nodeB, campaign), "node B admits no one while paused");
    assertEquals(afterA, afterB, "both see the same now-serving");
    assertTrue(afterA < lastTicket, "paused before everyone was admitted: " + afterA);
    steer(operatorOnA, campaign, false, 40);
  }

  private static void steer(Api operator, int campaign, boolean paused, int cap) {
    Queue.steer(operator, campaign, paused, false, cap);
  }

  private static long serving(PayaraNode node, int campaign) {
    return new Api(node.base())
        .get("/api/queue/" + campaign)
        .object()
        .getJsonNumber("nowServing")
        .longValue();
  }

  @Test
  @Order(5)
  void nodeBKeepsServingWhenNodeAIsKilled() throws Exception {
    nodeA.kill();

    var citizenOnB = new Api(nodeB.base());
    for (int i = 0; i < 20; i++) {
      assertEquals("pong", citizenOnB.get("/api/ping").body());
      assertEquals(200, citizenOnB.get("/api/clinics?province=26").status());
    }
    assertEquals(200, citizenOnB.get("/health/ready").status());

    eventually(
        () ->
            Optional.of(operatorOnB.get("/api/operator/nodes").array())
                .filter(nodes -> nodes.size() == 1),
        Duration.ofSeconds(45));
    assertTrue(heartbeatOf("node-a").isEmpty(), "the killed node's heartbeat expired");
    assertEquals(200, citizenOnB.get("/api/vaccines").status());
  }

  @Test
  @Order(6)
  void nodeLogsAreJsonLinesWithoutPersonalData() throws Exception {
    var lines = Files.readAllLines(nodeB.log());
    var json = lines.stream().filter(line -> line.startsWith("{")).toList();
    assertTrue(json.size() > 50, "Payara and Vaxline log as JSON: " + json.size());
    json.forEach(
        line -> assertTrue(Json.createReader(new StringReader(line)).readObject() != null));
    for (var resident : ShowcaseResident.ALL) {
      for (var line : lines) {
        assertFalse(line.contains(resident.rrn()), "a resident number was logged");
        assertFalse(line.contains(resident.phone()), "a phone number was logged");
        assertFalse(line.contains(resident.name()), "a resident's name was logged");
      }
    }
  }

  @Test
  @Order(7)
  void aNodeRefusesADatabaseMigratedByANewerVersion() throws Exception {
    execute(
        "insert into flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success) values (99, '99', 'future', 'SQL',"
            + " 'V99__future.sql', 0, 'vaxline', 1, true)");
    try (var refusing = node("node-c", 18083, List.of(6902), 6902)) {
      var citizen = new Api(refusing.base());
      var readiness =
          eventually(
              () -> {
                try {
                  return Optional.of(citizen.get("/health/ready"))
                      .filter(answer -> answer.body().contains("refused"));
                } catch (UncheckedIOException notListeningYet) {
                  return Optional.empty();
                }
              },
              START_LIMIT);
      assertEquals(503, readiness.status());
      assertTrue(readiness.body().contains("99"), readiness.body());
      var refused = citizen.get("/api/vaccines");
      assertProblem(refused, 503, "service-unavailable");
      assertEquals("5", refused.header("Retry-After"));
    } finally {
      execute("delete from flyway_schema_history where version = '99'");
    }
  }

  private static PayaraNode node(String name, int httpPort, int dataGridPort) throws Exception {
    return node(name, httpPort, DATA_GRID, dataGridPort);
  }

  private static PayaraNode node(String name, int httpPort, List<Integer> cluster, int dataGridPort)
      throws Exception {
    return PayaraNode.start(
        new PayaraNode.Options(
            name,
            httpPort,
            cluster,
            dataGridPort,
            database,
            Map.of(
                "VAXLINE_DEMO", "true",
                "VAXLINE_DEMO_RESIDENTS", String.valueOf(RESIDENTS),
                "VAXLINE_CLUSTER_HEARTBEAT_SECONDS", "2")));
  }

  private static Optional<JsonObject> heartbeatOf(String name) {
    return operatorOnB.get("/api/operator/nodes").array().stream()
        .map(JsonObject.class::cast)
        .filter(beat -> beat.getString("name").equals(name))
        .findFirst();
  }

  private static <T> T eventually(Supplier<Optional<T>> probe, Duration limit) {
    var deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      var found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("not within " + limit);
  }

  private static void execute(String sql) throws Exception {
    Sql.execute(database, sql);
  }

  private static long count(String sql) throws Exception {
    return Sql.count(database, sql);
  }
}
