package org.vaxline.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.it.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;
import org.vaxline.demo.control.DemoLoader;
import org.vaxline.demo.entity.ResidentRow;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.identity.control.IdentityKeys;
import org.vaxline.identity.entity.ContactColumn;
import org.vaxline.it.Api;
import org.vaxline.it.NodeIdentityKeys;
import org.vaxline.it.Nodes;
import org.vaxline.it.Queue;
import org.vaxline.it.Sql;
import org.vaxline.it.TestDatabases;
import org.vaxline.launcher.DatabaseAddress;
import org.vaxline.launcher.PayaraNode;
import org.vaxline.platform.control.SchemaMigrator;
import org.vaxline.sms.control.SmsSeal;
import org.vaxline.sms.control.SmsSeal.Column;

/**
 * An upgrade to sealed names and phones (db/V13), as a data center lives it: a register that the
 * previous release filled, names and phones in clear, meets two nodes of this release starting
 * together in the upgrade's first pass (clear values kept for the old nodes). Both seal it, neither
 * a row twice, and only then are they ready; a person sealed so is verified by name, texted at
 * their own phone, and found by staff by masked name and last four. In the second pass a node
 * restarted without the setting erases the clear values while the other serves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResidentContactsIT {

  private static final int RESIDENTS = 5000;
  private static final int HELD = 100;
  private static final long SEED = 15;
  private static final Duration START_LIMIT = Duration.ofMinutes(4);
  private static final List<Integer> DATA_GRID = List.of(6950, 6951);
  private static final ShowcaseResident KIM = ShowcaseResident.ALL.get(0);
  private static final String OPERATOR_PASSWORD = "vaxline-demo-operator";

  private static final NodeIdentityKeys NODE_KEYS = NodeIdentityKeys.random();
  private static final IdentityKeys KEYS = NODE_KEYS.keys();
  private static final byte[] SMS_KEY = randomBytes(32);

  private static DatabaseAddress database;
  private static PayaraNode nodeA;
  private static PayaraNode nodeB;

  /**
   * The last rows are held by a transaction of the test's own while the nodes start, as a node that
   * took them and has not committed yet would hold them: the nodes seal all the others, skip these,
   * and wait for them, not ready, until they are given back.
   */
  @BeforeAll
  static void previousReleaseRegisterMeetsTwoNodes() throws Exception {
    database = TestDatabases.fresh("contacts");
    writeRegisterAsThePreviousReleaseDid();
    try (var holder = connect()) {
      holder.setAutoCommit(false);
      holder
          .createStatement()
          .executeQuery("select id from resident order by id desc limit " + HELD + " for update")
          .close();
      nodeA = node("contacts-a", 18111, DATA_GRID.get(0), true);
      nodeB = node("contacts-b", 18112, DATA_GRID.get(1), true);
      awaitSealingAllButTheHeldRows(nodeA);
      awaitSealingAllButTheHeldRows(nodeB);
      holder.commit();
    }
    Nodes.awaitReady(START_LIMIT, nodeA, nodeB);
  }

  @AfterAll
  static void stop() throws Exception {
    Nodes.close(nodeA, nodeB);
  }

  @Test
  @Order(1)
  void everyClearRowIsSealedOnceAndKeepsItsClearValuesForThePreviousRelease() throws Exception {
    assertEquals(RESIDENTS, count("select count(*) from resident where name is not null"));
    assertEquals(RESIDENTS, count("select count(*) from resident where phone is not null"));
    assertEquals(
        RESIDENTS,
        count(
            "select count(*) from resident where name_sealed is not null and phone_sealed is not"
                + " null and name_index is not null and phone_index is not null"));
    // Each row was taken by one node only: what the two say they sealed adds up to the register.
    assertEquals(RESIDENTS, sealedBy(nodeA) + sealedBy(nodeB));

    try (var db = connect();
        var find =
            db.prepareStatement(
                "select name_sealed, phone_sealed, name_index, phone_index from resident"
                    + " where rrn_hash = ?")) {
      for (var person : DemoLoader.residents(SEED, RESIDENTS).limit(300).toList()) {
        find.setBytes(1, KEYS.hash(person.number()));
        try (var row = find.executeQuery()) {
          assertTrue(row.next());
          assertEquals(person.name(), KEYS.unseal(ContactColumn.NAME, row.getBytes(1)));
          assertEquals(person.phone(), KEYS.unseal(ContactColumn.PHONE, row.getBytes(2)));
          var sealed = KEYS.seal(person.name(), person.phone());
          assertArrayEquals(sealed.nameIndex(), row.getBytes(3));
          assertArrayEquals(sealed.phoneIndex(), row.getBytes(4));
        }
      }
    }
  }

  @Test
  @Order(2)
  void aRowCannotLoseItsNameBothInClearAndSealedNorBeSealedWithoutItsIndex() throws Exception {
    for (var emptied :
        List.of("name = null, name_sealed = null", "phone = null, phone_sealed = null")) {
      var refused =
          assertThrows(
              SQLException.class,
              () ->
                  Sql.execute(
                      database,
                      "update resident set "
                          + emptied
                          + ", name_index = null, phone_index = null"
                          + " where id = (select min(id) from resident)"));
      assertEquals("23514", refused.getSQLState(), "a check constraint");
    }
    var unindexed =
        assertThrows(
            SQLException.class,
            () ->
                Sql.execute(
                    database,
                    "update resident set name_index = null where id = (select min(id) from"
                        + " resident)"));
    assertEquals("23514", unindexed.getSQLState(), "a check constraint");
  }

  @Test
  @Order(3)
  void aSealedPersonVerifiesByNameAndTheirCodeGoesToTheirOwnPhone() throws Exception {
    var operator = new Api(nodeA.base()).as("operator", OPERATOR_PASSWORD);
    var browser = Queue.admitted(new Api(nodeA.base()), operator, "aged 18 and over");
    var claim =
        Json.createObjectBuilder()
            .add("registrationNumber", KIM.rrn())
            .add("name", KIM.name())
            .build()
            .toString();
    var started = browser.post("/api/identity/verifications", claim);
    assertEquals(201, started.status(), started::body);
    var challenge = started.object().getString("challenge");
    var code = started.object().getString("demoCode");

    assertEquals(KIM.phone(), deliveredTo(challenge));
    var confirmed =
        browser.post(
            "/api/identity/verifications/" + challenge + "/confirmation",
            "{\"code\":\"" + code + "\"}");
    assertEquals(200, confirmed.status(), confirmed::body);
    var person = confirmed.object().getJsonObject("person");
    assertEquals("김*호", person.getString("name"));
    assertEquals(String.valueOf(idOf(KIM)), person.getString("ref"));
  }

  @Test
  @Order(4)
  void staffFindASealedPersonByMaskedNameAndTheLastFourDigitsOnEitherNode() throws Exception {
    var kimRef = String.valueOf(idOf(KIM));
    for (var node : List.of(nodeA, nodeB)) {
      var operator = new Api(node.base()).as("operator", OPERATOR_PASSWORD);
      var found = operator.get(search("김*호", "0719"));
      assertEquals(200, found.status(), found::body);
      var kim =
          found.array().stream()
              .map(JsonObject.class::cast)
              .filter(view -> view.getString("ref").equals(kimRef))
              .findFirst()
              .orElseThrow(() -> new AssertionError(found.body()));
      assertEquals("640719-1******", kim.getString("registrationNumber"));
      assertEquals("1964-07-19", kim.getString("birthDate"));
      found.array().stream()
          .map(JsonObject.class::cast)
          .forEach(view -> assertEquals("김*호", view.getString("name"), found::body));
    }
    var operator = new Api(nodeB.base()).as("operator", OPERATOR_PASSWORD);
    var decomposed = Normalizer.normalize("김*호", Normalizer.Form.NFD);
    assertTrue(
        operator.get(search(decomposed, "0719")).body().contains("\"" + kimRef + "\""),
        "typed in another Unicode form");
    assertEquals(0, operator.get(search("김*호", "0720")).array().size());
    assertEquals(0, operator.get(search("이*호", "0719")).array().size());

    var audit = operator.get("/api/operator/audit?party=staff:operator").array();
    assertTrue(
        audit.stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                entry ->
                    entry.getString("action").equals("resident.searched")
                        && entry.getString("detail").contains("resident:" + kimRef)),
        audit::toString);
  }

  @Test
  @Order(5)
  void aSearchWithBadInputIsAProblemAndOnlyOperatorsMaySearch() {
    var operator = new Api(nodeA.base()).as("operator", OPERATOR_PASSWORD);
    assertProblem(operator.get(search("김영호", "0719")), 400, "invalid-request");
    assertProblem(operator.get(search("김*호", "07a9")), 400, "invalid-request");
    assertProblem(operator.get(search("김*호", "07199")), 400, "invalid-request");
    assertProblem(
        operator.get("/api/operator/residents?phoneLastFour=0719"), 400, "invalid-request");
    assertProblem(operator.get("/api/operator/residents?name=%EA%B9%80*"), 400, "invalid-request");
    var clinic = new Api(nodeA.base()).as("clinic1", "vaxline-demo-clinic");
    assertProblem(clinic.get(search("김*호", "0719")), 403, "forbidden");
    assertProblem(new Api(nodeA.base()).get(search("김*호", "0719")), 401, "unauthorized");
  }

  @Test
  @Order(6)
  void theNodesLoggedNoNameAndNoPhone() throws Exception {
    for (var node : List.of(nodeA, nodeB)) {
      assertTrue(Files.readString(node.log()).contains("clear values kept"), "the last line");
      assertNoNameOrPhoneIn(node);
    }
  }

  /**
   * The upgrade's second pass: no node of the previous release is left, so one node restarts
   * without the setting and erases every clear value, not ready until it has, while the other goes
   * on serving.
   */
  @Test
  @Order(7)
  void aNodeRestartedWithoutTheSettingErasesTheClearValuesWhileTheOtherServes() throws Exception {
    nodeB.close();
    nodeB = node("contacts-b", 18112, DATA_GRID.get(1), false);
    nodeB.awaitReady(START_LIMIT);
    assertEquals(0, count("select count(*) from resident where name is not null"));
    assertEquals(0, count("select count(*) from resident where phone is not null"));
    assertEquals(
        RESIDENTS,
        count(
            "select count(*) from resident where name_sealed is not null and phone_sealed is not"
                + " null and name_index is not null and phone_index is not null"));
    assertEquals(RESIDENTS, sealedBy(nodeB), "every row was sealed again without its clear values");
    var operator = new Api(nodeA.base()).as("operator", OPERATOR_PASSWORD);
    var found = operator.get(search("김*호", "0719"));
    assertTrue(found.body().contains("\"" + idOf(KIM) + "\""), found::body);
    assertTrue(Files.readString(nodeB.log()).contains("none left in clear"), "B's last line");
    assertNoNameOrPhoneIn(nodeB);
  }

  private static void assertNoNameOrPhoneIn(PayaraNode node) throws Exception {
    var log = Files.readString(node.log());
    for (var person : ShowcaseResident.ALL) {
      assertFalse(log.contains(person.name()), "a name was logged");
      assertFalse(log.contains(person.phone()), "a phone was logged");
    }
  }

  /**
   * The previous release's schema (V12) and register: names and phones in clear. Then this
   * release's migration, as the first node to start runs it, and the demo's clinics and staff,
   * which the nodes do not load into a register that has residents.
   */
  private static void writeRegisterAsThePreviousReleaseDid() throws Exception {
    var source = new PGSimpleDataSource();
    source.setUrl(database.url());
    source.setUser(database.user());
    source.setPassword(database.password());
    Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration")
        .target("12")
        .load()
        .migrate();
    try (var db = source.getConnection();
        var insert =
            db.prepareStatement(
                "insert into resident (rrn_hash, rrn_sealed, name, birth_date, sex, phone,"
                    + " province_code) values (?, ?, ?, ?, ?, ?, ?)")) {
      for (var person : DemoLoader.residents(SEED, RESIDENTS).toList()) {
        clearRow(insert, person);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    new SchemaMigrator(source, ResidentContactsIT.class.getClassLoader()).migrate();
    try (var db = source.getConnection()) {
      new DemoLoader(KEYS, ResidentContactsIT::staffHash).load(db, SEED, 0);
    }
  }

  private static void clearRow(PreparedStatement insert, ResidentRow person) throws SQLException {
    insert.setBytes(1, KEYS.hash(person.number()));
    insert.setBytes(2, KEYS.seal(person.number()));
    insert.setString(3, person.name());
    insert.setObject(4, person.birthDate());
    insert.setString(5, person.sex().name());
    insert.setString(6, person.phone());
    insert.setString(7, person.provinceCode());
  }

  /** Jakarta Security's PBKDF2 form (algorithm:iterations:salt:hash), which sign-in checks. */
  private static String staffHash(char[] password) {
    var salt = randomBytes(16);
    try {
      var hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password, salt, 10_000, 256))
              .getEncoded();
      var base64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:10000:"
          + base64.encodeToString(salt)
          + ":"
          + base64.encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PayaraNode node(String name, int httpPort, int dataGridPort, boolean keepClear)
      throws Exception {
    var environment = new HashMap<String, String>(NODE_KEYS.environment());
    environment.putAll(
        Map.of(
            "VAXLINE_DEMO",
            "true",
            "VAXLINE_SMS_SEAL_KEY",
            Base64.getEncoder().encodeToString(SMS_KEY),
            "VAXLINE_IDENTITY_KEEP_CLEAR_CONTACTS",
            String.valueOf(keepClear)));
    return PayaraNode.start(
        new PayaraNode.Options(name, httpPort, DATA_GRID, dataGridPort, database, environment));
  }

  /** Until the node has started, sealed what it could, and waits for the rest, not ready. */
  private static void awaitSealingAllButTheHeldRows(PayaraNode node) throws Exception {
    var deadline = System.nanoTime() + START_LIMIT.toNanos();
    var last = "no answer";
    while (System.nanoTime() < deadline) {
      assertTrue(node.alive(), "the node died; see " + node.log());
      try {
        var ready = new Api(node.base()).get("/health/ready");
        last = ready.status() + " " + ready.body();
        if (ready.body().contains("\"resident-contacts\"")
            && contactsCheck(ready).getJsonObject("data").getString("state").startsWith("sealing")
            && count("select count(*) from resident where name_sealed is null") == HELD) {
          assertEquals(503, ready.status(), ready::body);
          assertEquals("DOWN", contactsCheck(ready).getString("status"));
          return;
        }
      } catch (UncheckedIOException notListeningYet) {
        // Payara Micro opens its port late in its start.
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not sealing all but the held rows: " + last);
  }

  private static JsonObject contactsCheck(Api.Answer readiness) {
    return readiness.object().getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .filter(check -> check.getString("name").equals("resident-contacts"))
        .findFirst()
        .orElseThrow();
  }

  /** What a node's readiness says it sealed (Payara's health answer writes the number as text). */
  private static long sealedBy(PayaraNode node) {
    var ready = new Api(node.base()).get("/health/ready");
    assertEquals(200, ready.status(), ready::body);
    return contactsCheck(ready)
        .getJsonObject("data")
        .getString("sealedByThisNode")
        .transform(Long::parseLong);
  }

  /** The phone the development provider delivered the challenge's code to, unsealed. */
  private static String deliveredTo(String challenge) throws Exception {
    var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (var db = connect();
        var query =
            db.prepareStatement(
                "select status, sealed_phone from sms_outbox where reference = ?")) {
      query.setString(1, challenge);
      while (System.nanoTime() < deadline) {
        try (var row = query.executeQuery()) {
          if (row.next() && row.getString(1).equals("DELIVERED")) {
            return new SmsSeal(SMS_KEY).unseal(Column.PHONE, row.getBytes(2));
          }
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the code to " + challenge + " was not delivered within 30 s");
  }

  private static long idOf(ShowcaseResident person) throws Exception {
    try (var db = connect();
        var find = db.prepareStatement("select id from resident where rrn_hash = ?")) {
      find.setBytes(1, KEYS.hash(person.number()));
      try (var row = find.executeQuery()) {
        assertTrue(row.next());
        return row.getLong(1);
      }
    }
  }

  private static String search(String maskedName, String lastFour) {
    return "/api/operator/residents?name="
        + URLEncoder.encode(maskedName, StandardCharsets.UTF_8)
        + "&phoneLastFour="
        + lastFour;
  }

  private static byte[] randomBytes(int count) {
    var bytes = new byte[count];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }

  private static long count(String sql) throws Exception {
    return Sql.count(database, sql);
  }
}
