package org.vaxline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.it.ProblemAssertions.assertProblem;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.sql.DriverManager;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vaxline.it.Api;
import org.vaxline.it.RawHttp;
import org.vaxline.platform.boundary.RestOperations;

/**
 * The real WAR on Payara Micro against PostgreSQL, seen from outside: health, metrics, OpenAPI, the
 * demo data, and every kind of error answered as problem+json.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

  private static final String OPERATOR = "operator";
  private static final String OPERATOR_PASSWORD = "vaxline-demo-operator";
  private static final String CLINIC_ADMIN = "clinic1";
  private static final String CLINIC_PASSWORD = "vaxline-demo-clinic";

  @ArquillianResource URL base;
  Api api;

  /** The built WAR itself, deployed at the root as in production. */
  @Deployment(testable = false)
  static WebArchive vaxline() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("vaxline.war")))
        .as(WebArchive.class);
  }

  /** Payara reports its first network address; tests talk to loopback only, on the same port. */
  @BeforeEach
  void connect() {
    api = new Api(URI.create("http://127.0.0.1:" + base.getPort() + "/"));
  }

  @Test
  void isLiveAndReadyWithTheMigratedSchema() {
    assertEquals(200, api.get("/health/live").status());
    var ready = api.get("/health/ready");
    assertEquals(200, ready.status(), ready.body());
    assertTrue(ready.body().contains("\"schema " + latestMigration() + "\""), ready.body());
  }

  @Test
  void pingAnswersPongAsPlainText() {
    var pong = api.send("GET", "/api/ping", null, null, "text/plain");
    assertEquals(200, pong.status());
    assertEquals("pong", pong.body());
    assertTrue(pong.contentType().startsWith("text/plain"));
  }

  @Test
  void responsesCarrySecurityHeadersAndDoNotNameTheServer() {
    var site = api.send("GET", "/", null, null, "text/html");
    assertEquals(200, site.status());
    assertTrue(site.header("Content-Security-Policy").contains("default-src 'self'"));
    assertEquals("nosniff", site.header("X-Content-Type-Options"));
    assertEquals(null, site.header("X-Powered-By"));
    assertEquals(null, site.header("Server"));
    assertEquals("no-store", api.get("/api/vaccines").header("Cache-Control"));
    // One framing policy (issue 15: Payara added SAMEORIGIN beside frame-ancestors 'none').
    assertEquals(List.of("DENY"), site.headers("X-Frame-Options"));
    assertEquals(null, site.header("Strict-Transport-Security"), "plain HTTP: no HSTS");
    var overTls = api.with("X-Forwarded-Proto", "https").send("GET", "/", null, null, "text/html");
    assertEquals("max-age=31536000", overTls.header("Strict-Transport-Security"));
  }

  @Test
  void metricsArePrometheusTextWithVaxlineMetrics() {
    api.get("/api/no-such-resource");
    var metrics = api.send("GET", "/metrics", null, null, "text/plain");
    assertEquals(200, metrics.status());
    assertTrue(metrics.body().contains("vaxline_cluster_nodes{mp_scope=\"application\"}"));
    assertTrue(
        metrics.body().contains("vaxline_problems_total{")
            && metrics.body().contains("type=\"urn:vaxline:problem:not-found\""),
        "problems are counted by type");
    assertTrue(!metrics.body().contains("H2Pool"), "Payara's default H2 pool is removed");
  }

  @Test
  void openApiDescribesTheApi() {
    var document = api.send("GET", "/openapi", null, null, "application/json");
    assertEquals(200, document.status(), document.body());
    assertTrue(document.object().getJsonObject("paths").containsKey("/api/clinics/{code}"));
  }

  @Test
  void demoCountryIsLoaded() throws Exception {
    assertEquals(17, api.get("/api/provinces").array().size());
    assertEquals(5, api.get("/api/vaccines").array().size());
    var seoul = api.get("/api/clinics?province=11").array();
    assertTrue(seoul.size() >= 10, "Seoul has many clinics");
    var first = seoul.getJsonObject(0).getString("code");
    assertEquals(first, api.get("/api/clinics/" + first).object().getString("code"));
    try (var db =
            DriverManager.getConnection(
                System.getProperty("vaxline.it.db.url"),
                System.getProperty("vaxline.it.db.user"),
                System.getProperty("vaxline.it.db.password"));
        var count = db.createStatement().executeQuery("select count(*) from resident");
        var booked =
            db.createStatement()
                .executeQuery(
                    "select count(distinct campaign_id) from slot where starts_at > now()")) {
      count.next();
      assertEquals(2000, count.getInt(1));
      // Both campaigns open now have slots to book: the loader ran after the campaign catalog
      // started, whichever order the start-up observers ran in.
      booked.next();
      assertTrue(booked.getInt(1) >= 2, "campaigns with upcoming demo slots: " + booked.getInt(1));
    }
  }

  @Test
  void clinicsArePagedAfterTheLastCode() {
    var page = api.get("/api/clinics").array();
    assertEquals(100, page.size());
    var last = page.getJsonObject(99).getString("code");
    var next = api.get("/api/clinics?after=" + last).array();
    assertTrue(next.getJsonObject(0).getString("code").compareTo(last) > 0);
  }

  @Test
  void staffSeeTheirOwnAccountButNotItsHash() {
    var me = api.as(CLINIC_ADMIN, CLINIC_PASSWORD).get("/api/staff/me");
    assertEquals(200, me.status(), me.body());
    assertEquals("CLINIC_ADMIN", me.object().getString("role"));
    assertTrue(!me.body().contains("PBKDF2"));
  }

  @Test
  void operatorsSeeTheClusterNodes() {
    var nodes = api.as(OPERATOR, OPERATOR_PASSWORD).get("/api/operator/nodes");
    assertEquals(200, nodes.status(), nodes.body());
    assertEquals(1, nodes.array().size());
  }

  @Test
  void unknownPathsAreProblems() {
    assertProblem(api.get("/no/such/page"), 404, "not-found");
    assertProblem(api.get("/api/no-such-resource"), 404, "not-found");
    assertProblem(api.get("/api/clinics/C999999"), 404, "clinic-not-found");
  }

  @Test
  void wrongMethodIsAProblemThatSaysWhatIsAllowed() {
    var answer = api.send("DELETE", "/api/ping", null, null, null);
    assertProblem(answer, 405, "method-not-allowed");
    assertTrue(answer.header("Allow").contains("GET"));
    assertProblem(api.send("POST", "/no/such/page", "text/plain", "x", null), 404, "not-found");
  }

  @Test
  void wrongMediaTypesAreProblems() {
    var staff = api.as(OPERATOR, OPERATOR_PASSWORD);
    assertProblem(
        staff.send("PUT", "/api/staff/me/password", "text/plain", "secret", null),
        415,
        "unsupported-media-type");
    assertProblem(
        api.send("GET", "/api/vaccines", null, null, "application/xml"), 406, "not-acceptable");
  }

  @Test
  void malformedJsonIsAProblem() {
    var staff = api.as(OPERATOR, OPERATOR_PASSWORD);
    assertProblem(
        staff.send("PUT", "/api/staff/me/password", "application/json", "{\"newPassword\":", null),
        400,
        "malformed-json");
    assertProblem(
        staff.send("PUT", "/api/staff/me/password", "application/json", "[1, 2]", null),
        400,
        "malformed-json");
    // The OpenAPI fuzz: 10,000 nested objects reached Parsson's own depth limit, a 500.
    assertProblem(
        staff.send(
            "PUT", "/api/staff/me/password", "application/json", "{\"a\":".repeat(10_000), null),
        400,
        "malformed-json");
  }

  @Test
  void invalidInputIsAProblemNamingTheField() {
    var tooShort =
        api.as(OPERATOR, OPERATOR_PASSWORD)
            .send(
                "PUT",
                "/api/staff/me/password",
                "application/json",
                "{\"newPassword\":\"short\"}",
                null);
    assertProblem(tooShort, 400, "invalid-request");
    assertEquals(
        "change.newPassword",
        tooShort.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertProblem(api.get("/api/clinics?district=%00"), 400, "invalid-request");
    // The OpenAPI fuzz: a number past a long was answered 404 not-found.
    assertProblem(
        api.as(OPERATOR, OPERATOR_PASSWORD)
            .get("/api/operator/sms-outbox?before=" + "9".repeat(30)),
        400,
        "invalid-request");
    var badProvince = api.get("/api/clinics?province=Seoul");
    assertProblem(badProvince, 400, "invalid-request");
    assertEquals(
        "province",
        badProvince.object().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void domainRefusalsAreProblems() {
    assertProblem(
        api.as(OPERATOR, OPERATOR_PASSWORD)
            .send(
                "PUT",
                "/api/staff/me/password",
                "application/json",
                "{\"newPassword\":\"my-operator-password\"}",
                null),
        422,
        "password-rejected");
  }

  @Test
  void signInIsRequiredAndRolesAreEnforced() {
    var anonymous = api.get("/api/operator/nodes");
    assertProblem(anonymous, 401, "unauthorized");
    assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
    var wrong = api.as(OPERATOR, "wrong password").get("/api/operator/nodes");
    assertProblem(wrong, 401, "unauthorized");
    var notAnOperator = api.as(CLINIC_ADMIN, CLINIC_PASSWORD).get("/api/operator/nodes");
    assertProblem(notAnOperator, 403, "forbidden");
    // The OpenAPI fuzz: refused before any filter ran, these went out without the headers.
    for (var refused : List.of(anonymous, wrong, notAnOperator)) {
      assertTrue(refused.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
      assertEquals(List.of("DENY"), refused.headers("X-Frame-Options"));
      assertEquals("nosniff", refused.header("X-Content-Type-Options"));
      assertEquals("no-referrer", refused.header("Referrer-Policy"));
      assertEquals("no-store", refused.header("Cache-Control"));
    }
  }

  /**
   * Issue 15: credentials that cannot be read answered 500 with an empty body on every path, to
   * anyone, and logged a stack trace each. Now each is 401 problem+json with the challenge, on a
   * public path as on a staff one (and logged as one line without the value: BasicCredentialsTest).
   */
  @Test
  void malformedBasicCredentialsAreRefusedAsUnauthorizedEverywhere() {
    var headers =
        List.of(
            "Basic b3BlcmF0b3I6", // "operator:" - empty password
            "Basic bg==", // "n" - no colon
            "Basic !!!", // not Base64
            "Basic YQBiOnBhc3N3b3Jk"); // "a\0b:password" - NUL in the user name
    for (var header : headers) {
      for (var path : List.of("/health/ready", "/api/ping", "/api/operator/nodes")) {
        var answer = api.with("Authorization", header).get(path);
        assertProblem(answer, 401, "unauthorized");
        assertTrue(answer.header("WWW-Authenticate").startsWith("Basic realm="), header);
      }
    }
  }

  @Test
  void aPasswordWithAControlCharacterIsRejected() {
    assertProblem(
        api.as(CLINIC_ADMIN, CLINIC_PASSWORD)
            .send(
                "PUT",
                "/api/staff/me/password",
                "application/json",
                "{\"newPassword\":\"long enough\\u0000password\"}",
                null),
        422,
        "password-rejected");
  }

  /** The OpenAPI fuzz's find: JSON-B took a number for the new password, and kept it. */
  @Test
  void aPasswordThatIsNoJsonStringIsRefusedAndTheOldOneStays() {
    for (var body : List.of("{\"newPassword\":9223372036854775808}", "{\"newPassword\":true}")) {
      assertProblem(
          api.as(CLINIC_ADMIN, CLINIC_PASSWORD)
              .send("PUT", "/api/staff/me/password", "application/json", body, null),
          400,
          "malformed-json");
    }
    assertEquals(200, api.as(CLINIC_ADMIN, CLINIC_PASSWORD).get("/api/staff/me").status());
  }

  /**
   * Every operation the code declares, called anonymously with no body: staff operations demand a
   * sign-in, and none answers with an internal error or anything but problem+json when it refuses.
   */
  @Test
  void everyOperationRefusesAnAnonymousEmptyRequestCleanly() {
    var operations = RestOperations.declared();
    assertTrue(operations.size() >= 8, operations::toString);
    for (var operation : operations) {
      var verb = operation.substring(0, operation.indexOf(' '));
      var path = operation.substring(verb.length() + 1).replaceAll("\\{[^}]+}", "X1");
      var answer = api.send(verb, path, "application/json", null, null);
      if (path.startsWith("/api/operator/") || path.startsWith("/api/staff/")) {
        assertProblem(answer, 401, "unauthorized");
      } else if (answer.status() >= 400) {
        assertTrue(answer.status() < 500, () -> operation + " answered " + answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), operation);
      }
    }
  }

  @Test
  void fiveWrongPasswordsPauseTheAccountEvenForTheRightOne() {
    for (int i = 0; i < 5; i++) {
      assertProblem(api.as("clinic2", "guess " + i).get("/api/staff/me"), 401, "unauthorized");
    }
    assertProblem(api.as("clinic2", CLINIC_PASSWORD).get("/api/staff/me"), 401, "unauthorized");
  }

  @Test
  void aChangedPasswordReplacesTheOldOneAtOnce() {
    var before = api.as("operator2", OPERATOR_PASSWORD);
    assertEquals(200, before.get("/api/staff/me").status());
    var change =
        before.send(
            "PUT",
            "/api/staff/me/password",
            "application/json",
            "{\"newPassword\":\"correct horse battery staple\"}",
            null);
    assertEquals(204, change.status(), change.body());
    assertProblem(before.get("/api/staff/me"), 401, "unauthorized");
    assertEquals(
        200, api.as("operator2", "correct horse battery staple").get("/api/staff/me").status());
  }

  /** Issue 15: the container's own refusals, sent as bytes exactly as a hostile client would. */
  @Test
  void methodsNobodyServesAreProblemsWithTheSecurityHeadersAndTraceEchoesNothing() {
    var node = URI.create("http://127.0.0.1:" + base.getPort() + "/");
    for (var line :
        List.of(
            "QUERY /api/ping HTTP/1.1",
            "QUERY / HTTP/1.1",
            "TRACE /api/ping HTTP/1.1",
            "TRACE / HTTP/1.1",
            "TRACE /health/ready HTTP/1.1")) {
      var answer = RawHttp.send(node, line, "Cookie: vaxline_session=secret-of-the-caller");
      assertEquals(405, answer.status(), line + ": " + answer.body());
      assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), line);
      assertTrue(answer.body().contains("urn:vaxline:problem:method-not-allowed"), line);
      assertFalse(answer.body().contains("secret-of-the-caller"), line + " echoed the request");
      assertTrue(answer.header("Allow") != null, line + " names the methods it allows");
      assertSecurityHeaders(answer, line);
    }
  }

  /**
   * What Grizzly refuses while it parses the request, before any application code runs (a NUL or an
   * overlong UTF-8 sequence in the path, a 60 KB header), cannot be shaped by Vaxline: an empty 400
   * that closes the connection (manuals/architecture.md). It must stay that, and carry no framing
   * policy that contradicts the application's.
   */
  @Test
  void whatTheListenerRefusesWhileParsingIsAnEmpty400() {
    var node = URI.create("http://127.0.0.1:" + base.getPort() + "/");
    var refused =
        List.of(
            RawHttp.send(node, "GET /api/clinics/%00 HTTP/1.1"),
            RawHttp.send(node, "GET /api/clinics/%C0%AE HTTP/1.1"),
            RawHttp.send(node, "GET /%00 HTTP/1.1"),
            RawHttp.send(node, "GET /api/ping HTTP/1.1", "X-Big: " + "a".repeat(60_000)),
            RawHttp.send(node, "GET /api/clinics/" + "a".repeat(9_000) + " HTTP/1.1"),
            // A header value in UTF-8, as the OpenAPI fuzz sent it (bytes outside ASCII).
            RawHttp.send(node, "GET /api/ping HTTP/1.1", "If-None-Match: \u00eb\u00b0\u0095"),
            RawHttp.send(node, "GET /api/ping HTTP/1.1", "X-A: a\u0001b"));
    for (var answer : refused) {
      assertEquals(400, answer.status());
      assertEquals("", answer.body());
      assertEquals(null, answer.header("X-Frame-Options"));
    }
    assertEquals("close", refused.get(0).header("Connection"));
    // Payara issue 8000: a broken percent-escape fails in CoyoteAdapter, which logs it and answers
    // an empty 200; nothing of Vaxline runs. When this fails, Payara fixed it: update
    // manuals/architecture.md, the OpenAPI document's description and AnswerChecks.
    for (var broken : List.of("GET /api/ping%ZZ HTTP/1.1", "GET /api/operator/nodes/% HTTP/1.1")) {
      var answer = RawHttp.send(node, broken);
      assertEquals(200, answer.status(), broken);
      assertEquals("", answer.body(), broken);
      assertEquals(null, answer.header("X-Frame-Options"), broken);
    }
    assertEquals(200, RawHttp.send(node, "GET /api/ping HTTP/1.1").status());
  }

  @Test
  void theOpenApiDocumentSaysItIsUtf8() {
    var yaml = api.send("GET", "/openapi", null, null, null);
    assertEquals(200, yaml.status());
    assertEquals("application/yaml;charset=UTF-8", yaml.contentType().replace(" ", ""));
    assertTrue(yaml.body().contains("대리 예약"), "Korean read as UTF-8");
    assertEquals("DENY", yaml.header("X-Frame-Options"));
    var json = api.send("GET", "/openapi?format=JSON", null, null, null);
    assertEquals(200, json.status());
    assertTrue(json.contentType().replace(" ", "").endsWith(";charset=UTF-8"), json.contentType());
    assertTrue(json.body().contains("대리 예약"));
  }

  private static void assertSecurityHeaders(RawHttp.Answer answer, String what) {
    assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"), what);
    assertEquals("DENY", answer.header("X-Frame-Options"), what);
    assertEquals("nosniff", answer.header("X-Content-Type-Options"), what);
  }

  /** The highest version among the migrations in db/: the schema a started node reports. */
  private static int latestMigration() {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("db"))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.+\\.sql"))
          .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
          .max()
          .orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
