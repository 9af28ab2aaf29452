package org.vaxline.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.it.ProblemAssertions.assertProblem;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.security.interfaces.ECPublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.it.Api;
import org.vaxline.it.Api.Answer;
import org.vaxline.it.NodeIdentityKeys;
import org.vaxline.it.NodePassKeys;
import org.vaxline.it.Queue;
import org.vaxline.it.RawHttp;
import org.vaxline.it.Sql;
import org.vaxline.it.TestDatabases;
import org.vaxline.launcher.DatabaseAddress;
import org.vaxline.launcher.PayaraNode;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.waitingroom.boundary.AdmissionCoverageTest;

/**
 * A citizen's way through identity verification, acting for a relative and eligibility, and an
 * operator's campaign editing, against one node with the real WAR (demo data). Every answer is
 * kept, so the last tests can show that no registration number ever left the server in clear, nor
 * reached its database or its log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenJourneyIT {

  private static final ShowcaseResident KIM = ShowcaseResident.ALL.get(0);
  private static final ShowcaseResident LEE = ShowcaseResident.ALL.get(1);
  private static final ShowcaseResident PARK = ShowcaseResident.ALL.get(2);
  private static final ShowcaseResident CHOI = ShowcaseResident.HEALTH_WORKER;
  private static final ShowcaseResident JUNG = ShowcaseResident.ALL.get(4);

  /** A number of valid form that the demo never issues (place codes 95-98 are the showcase's). */
  private static final String NOBODY = "7702151959876";

  private static final int LAST = 100;
  private static final List<Answer> ANSWERS = new ArrayList<>();
  private static DatabaseAddress database;
  private static PayaraNode node;
  private static Api citizen;
  private static Api operator;
  private static Api kimSession;
  private static NodePassKeys passKeys;
  private static final NodeIdentityKeys IDENTITY_KEYS = NodeIdentityKeys.random();

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabases.fresh("journey");
    passKeys = NodePassKeys.write("journey");
    var environment = new HashMap<String, String>(passKeys.environment());
    environment.putAll(IDENTITY_KEYS.environment());
    environment.putAll(
        Map.of(
            "VAXLINE_DEMO",
            "true",
            "VAXLINE_DEMO_RESIDENTS",
            "1000",
            "VAXLINE_HTTP_CLIENT_ADDRESS_HEADER",
            "X-Forwarded-For"));
    node =
        PayaraNode.start(
            new PayaraNode.Options("journey", 18091, List.of(6920), 6920, database, environment));
    node.awaitReady(Duration.ofMinutes(3));
    operator = new Api(node.base()).as("operator", "vaxline-demo-operator");
    // Verifying one's identity is booking-side: it needs an admission from a waiting room.
    citizen = Queue.admitted(new Api(node.base()), operator, "aged 18 and over");
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(1)
  void theCampaignListShowsOpenAndUpcomingCampaignsWithRulesInPlainWords() {
    var campaigns = keep(citizen.get("/api/campaigns")).array();
    assertFalse(campaigns.isEmpty());
    for (var value : campaigns) {
      var campaign = value.asJsonObject();
      assertTrue(List.of("OPEN", "UPCOMING").contains(campaign.getString("status")));
      assertTrue(campaign.getString("opensAt").endsWith("+09:00"), campaign::toString);
      assertTrue(campaign.getString("closesAt").endsWith("+09:00"), campaign::toString);
      assertFalse(campaign.getJsonObject("rules").getString("ko").isBlank());
      assertFalse(campaign.getJsonObject("rules").getString("en").isBlank());
      assertTrue(campaign.containsKey("id") && campaign.containsKey("name"));
    }
  }

  @Test
  @Order(2)
  void the2021CurrentTimeBug_theOpenCohortAskingAtTwentyHundredOnTheOpeningDayIsEligible() {
    var cohort = campaignNamed("53~54세");
    var check = "/api/campaigns/" + cohort + "/check?birthDate=1968-05-05&at=";

    var atOpening = keep(citizen.get(check + "2021-07-19T20:00:00.000%2B09:00")).object();
    assertTrue(atOpening.getBoolean("eligible"), atOpening::toString);
    assertEquals("ELIGIBLE", atOpening.getString("reason"));
    assertEquals("2021-07-20T18:00:00+09:00", atOpening.getString("eligibleUntil"));

    var justBefore = keep(citizen.get(check + "2021-07-19T19:59:59.999%2B09:00")).object();
    assertFalse(justBefore.getBoolean("eligible"));
    assertEquals("NOT_YET_OPEN", justBefore.getString("reason"));
    assertEquals("2021-07-19T20:00:00+09:00", justBefore.getString("nextEligibleAt"));

    var sameInstantInUtc = keep(citizen.get(check + "2021-07-19T11:00:00Z")).object();
    assertTrue(sameInstantInUtc.getBoolean("eligible"));

    var atClose = keep(citizen.get(check + "2021-07-20T18:00:00%2B09:00")).object();
    assertEquals("CLOSED", atClose.getString("reason"));
    assertFalse(atClose.containsKey("nextEligibleAt"));
  }

  @Test
  @Order(3)
  void theBirthdayRotationOf2021AnswersWhenEachBirthDateMayBook() {
    var rotation = campaignNamed("10부제 사전예약");
    var check = "/api/campaigns/" + rotation + "/check?at=2021-08-09T21:00:00%2B09:00&birthDate=";
    assertTrue(keep(citizen.get(check + "1990-03-19")).object().getBoolean("eligible"));
    var zero = keep(citizen.get(check + "1990-03-10")).object();
    assertEquals("ROTATION_DAY_MISMATCH", zero.getString("reason"));
    assertEquals("2021-08-10T20:00:00+09:00", zero.getString("nextEligibleAt"));
    assertEquals("TOO_YOUNG", keep(citizen.get(check + "2004-01-01")).object().getString("reason"));
  }

  @Test
  @Order(4)
  void badInputGetsProblemJsonAndNeverAServerError() {
    var id = campaignNamed("53~54세");
    var check = "/api/campaigns/" + id + "/check?";
    assertProblem(keep(citizen.get(check + "birthDate=1968-02-30")), 400, "invalid-date");
    assertProblem(keep(citizen.get(check + "birthDate=1968-13-01")), 400, "invalid-date");
    assertProblem(keep(citizen.get(check + "birthDate=1968-5-5")), 400, "invalid-request");
    assertProblem(keep(citizen.get(check + "birthDate=19680505")), 400, "invalid-request");
    assertProblem(keep(citizen.get(check)), 400, "invalid-request");
    assertProblem(
        keep(citizen.get(check + "birthDate=1968-05-05&at=2021-07-19T20:00:00")),
        400,
        "invalid-instant");
    assertProblem(
        keep(citizen.get(check + "birthDate=1968-05-05&at=2021-07-19T20:00:00+09:00")),
        400,
        "invalid-instant");
    assertProblem(
        keep(citizen.get(check + "birthDate=1968-05-05&at=yesterday")), 400, "invalid-instant");
    // Issue 15: years that overflowed (500) or carry Seoul's old mean-time offset (+08:27:52).
    for (var outside :
        List.of(
            "birthDate=1990-07-19&at=%2B999999999-12-31T23:59:59Z",
            "birthDate=1990-07-19&at=1900-01-01T00:00:00%2B09:00",
            "birthDate=1990-07-19&at=1999-12-31T23:59:59%2B09:00",
            "birthDate=1899-12-31",
            "birthDate=2101-01-01")) {
      assertProblem(keep(citizen.get(check + outside)), 400, "time-out-of-range");
    }
    assertEquals(200, keep(citizen.get(check + "birthDate=1900-01-01")).status());
    assertProblem(
        keep(citizen.get("/api/campaigns/987654/check?birthDate=1968-05-05")),
        404,
        "campaign-not-found");
    assertProblem(keep(citizen.get("/api/campaigns/987654")), 404, "campaign-not-found");
    assertProblem(
        keep(citizen.get("/api/campaigns/abc/check?birthDate=1968-05-05")), 400, "invalid-request");

    for (var number :
        List.of("640719101951", "64071910195181", "64O7191019518", "", "6407191-019518")) {
      assertProblem(
          keep(citizen.post("/api/identity/verifications", claim(number, "김영호"))),
          400,
          "invalid-request");
    }
    for (var impossible : List.of("6413191019518", "6402301019518", "6400001019518")) {
      assertProblem(
          keep(citizen.post("/api/identity/verifications", claim(impossible, "김영호"))),
          400,
          "invalid-registration-number");
    }
    assertProblem(
        keep(citizen.post("/api/identity/verifications", "{\"name\":\"김영호\"}")),
        400,
        "invalid-request");
    assertProblem(
        keep(
            citizen.post(
                "/api/identity/verifications/" + "0".repeat(32) + "/confirmation",
                "{\"code\":\"12345\"}")),
        400,
        "invalid-request");
    assertProblem(
        keep(
            citizen.post(
                "/api/identity/verifications/" + "0".repeat(32) + "/confirmation",
                "{\"code\":\"123456\"}")),
        404,
        "challenge-not-found");
    assertProblem(keep(citizen.get("/api/me")), 401, "session-required");
    assertProblem(keep(citizen.get("/api/me/eligibility")), 401, "session-required");
    assertProblem(
        keep(citizen.with("Cookie", "vaxline_session=forged.token.here").get("/api/me")),
        401,
        "session-required");
  }

  @Test
  @Order(5)
  void everyBookingSideOperationRefusesARequestWithoutAnAdmission() {
    var operations = AdmissionCoverageTest.gated();
    assertTrue(operations.size() >= 4, operations::toString);
    var stranger = new Api(node.base());
    var admission = citizen.header("Vaxline-Admission");
    var browser = citizen.header("Cookie");
    for (var operation : operations) {
      var verb = operation.substring(0, operation.indexOf(' '));
      var path = operation.substring(verb.length() + 1).replaceAll("\\{[^}]+}", "X1");
      // Bodies only where the method takes one: a GET or DELETE with a body is refused earlier.
      var body = verb.equals("POST") || verb.equals("PUT") ? claim(KIM.rrn(), KIM.name()) : null;
      assertProblem(
          keep(stranger.send(verb, path, "application/json", body, null)),
          401,
          "admission-required");
      assertProblem(
          keep(
              stranger
                  .with("Cookie", browser)
                  .with(
                      "Vaxline-Admission", admission.substring(0, admission.length() - 4) + "AAAA")
                  .send(verb, path, "application/json", body, null)),
          403,
          "admission-invalid");
      assertProblem(
          keep(
              stranger
                  .with("Vaxline-Admission", admission)
                  .send(verb, path, "application/json", body, null)),
          403,
          "admission-invalid");
      assertProblem(
          keep(
              stranger
                  .with("Cookie", "vaxline_browser=someone-else")
                  .with("Vaxline-Admission", admission)
                  .send(verb, path, "application/json", body, null)),
          403,
          "admission-invalid");
    }
  }

  @Test
  @Order(6)
  void theCodeSentToThePhoneOpensAStrictHttpOnlySession() throws Exception {
    var started = keep(citizen.post("/api/identity/verifications", claim(KIM.rrn(), KIM.name())));
    assertEquals(201, started.status(), started::body);
    var challenge = started.object();
    assertEquals(5, challenge.getInt("attempts"));
    assertEquals("development-outbox", challenge.getString("provider"));
    var code = challenge.getString("demoCode");

    var outbox =
        keep(operator.get("/api/operator/sms-outbox?reference=" + challenge.getString("challenge")))
            .array();
    assertEquals(1, outbox.size());
    var message = outbox.getJsonObject(0);
    assertFalse(message.getString("text").contains(code), "operators never see a live code");
    assertTrue(message.getString("text").contains("[******]"), message::toString);
    assertEquals("***-****-0719", message.getString("phone"));
    var row = awaitRelayed(challenge.getString("challenge"), "DELIVERED");
    assertEquals("DELIVERED true development-outbox", row, "delivered, its code erased");

    var confirmed = confirm(challenge, code);
    assertEquals(200, confirmed.status(), confirmed::body);
    // Instants and offset times alike, in the one form the OpenAPI document states.
    var koreanSecond = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00";
    assertTrue(challenge.getString("expiresAt").matches(koreanSecond), challenge::toString);
    var expires = confirmed.object().getString("sessionExpiresAt");
    assertTrue(expires.matches(koreanSecond), expires);
    var cookie = confirmed.header("Set-Cookie");
    assertTrue(cookie.startsWith("vaxline_session="), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertTrue(cookie.contains("Path=/api"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
    kimSession = citizen.with("Cookie", cookie.substring(0, cookie.indexOf(';')));

    var me = keep(kimSession.get("/api/me")).object().getJsonObject("self");
    assertEquals("640719-1******", me.getString("registrationNumber"));
    assertEquals("김*호", me.getString("name"));
    var eligibility = keep(kimSession.get("/api/me/eligibility")).object();
    assertTrue(eligibility.getBoolean("eligible"), eligibility::toString);
    assertEquals(me.getString("ref"), eligibility.getString("person"));

    assertProblem(confirm(challenge, code), 409, "code-already-used");

    var again = keep(citizen.post("/api/identity/verifications", claim(KIM.rrn(), KIM.name())));
    assertProblem(again, 429, "code-rate-limited");
    var retryAfter = Integer.parseInt(again.header("Retry-After"));
    assertTrue(retryAfter > 0 && retryAfter <= 60, again.header("Retry-After"));

    var signedOut =
        keep(
            citizen
                .with("X-Forwarded-Proto", "https")
                .send("DELETE", "/api/identity/session", null, null, null));
    assertEquals(204, signedOut.status());
    assertTrue(signedOut.header("Set-Cookie").contains("Secure"), "behind TLS");
    assertTrue(signedOut.header("Set-Cookie").contains("Max-Age=0"));
  }

  @Test
  @Order(7)
  void fiveWrongGuessesUseUpACodeEvenForTheRightCodeAfterwards() {
    var challenge =
        keep(citizen.post("/api/identity/verifications", claim(LEE.rrn(), LEE.name()))).object();
    var right = challenge.getString("demoCode");
    var wrong = right.equals("000000") ? "111111" : "000000";
    for (int left = 4; left >= 0; left--) {
      var answer = confirm(challenge, wrong);
      assertProblem(answer, 422, "code-mismatch");
      assertTrue(
          answer.object().getString("detail").contains(left > 0 ? "left: " + left : "no attempts"));
    }
    assertProblem(confirm(challenge, right), 403, "code-attempts-exhausted");
  }

  @Test
  @Order(8)
  void aCodeExpiresThreeMinutesAfterItWasSent() throws Exception {
    var challenge =
        keep(citizen.post("/api/identity/verifications", claim(PARK.rrn(), PARK.name()))).object();
    // The boundary itself is unit-tested with a clock; here the stored code is made 4 minutes old.
    execute(
        "update identity_challenge set created_at = created_at - interval '4 minutes',"
            + " expires_at = expires_at - interval '4 minutes' where id = '"
            + challenge.getString("challenge")
            + "'");
    assertProblem(confirm(challenge, challenge.getString("demoCode")), 410, "code-expired");
  }

  @Test
  @Order(9)
  void aWrongCodeAnswersAlikeWhetherOrNotThePersonExists() {
    var real = keep(citizen.post("/api/identity/verifications", claim(JUNG.rrn(), JUNG.name())));
    var nobody = keep(citizen.post("/api/identity/verifications", claim(NOBODY, "홍길동")));
    var wrongName = keep(citizen.post("/api/identity/verifications", claim(CHOI.rrn(), "홍길동")));
    for (var started : List.of(real, nobody, wrongName)) {
      assertEquals(201, started.status(), started::body);
      assertEquals(5, started.object().getInt("attempts"));
    }
    var guess = "314159";
    var answers =
        List.of(real, nobody, wrongName).stream()
            .map(started -> withoutInstance(confirm(started.object(), guess)))
            .toList();
    assertEquals(answers.get(0), answers.get(1));
    assertEquals(answers.get(0), answers.get(2));
  }

  /**
   * Issue 15: outside demo mode a decoy (a person's number with a wrong name) must not be told from
   * a real challenge by its steps either: it writes the same rows to the same tables, and its text
   * is never sent, its code erased all the same.
   */
  @Test
  @Order(10)
  void aDecoyWritesTheSameRowsAsARealChallengeAndItsTextIsNeverSent() throws Exception {
    ageAllCodes();
    var before = rowsPerTable();
    var real = keep(citizen.post("/api/identity/verifications", claim(KIM.rrn(), KIM.name())));
    var afterReal = rowsPerTable();
    var decoy = keep(citizen.post("/api/identity/verifications", claim(KIM.rrn(), "홍길동")));
    var afterDecoy = rowsPerTable();
    assertEquals(201, real.status(), real::body);
    assertEquals(201, decoy.status(), decoy::body);

    var realWrites = difference(before, afterReal);
    assertEquals(
        Map.of("identity_challenge", 1L, "sms_outbox", 1L), realWrites, "a real challenge");
    assertEquals(realWrites, difference(afterReal, afterDecoy), "a decoy writes the same rows");

    assertEquals(
        "DELIVERED true development-outbox",
        awaitRelayed(real.object().getString("challenge"), "DELIVERED"));
    assertEquals(
        "WITHHELD true null", awaitRelayed(decoy.object().getString("challenge"), "WITHHELD"));
  }

  /**
   * Issue 15: a wrong name with a person's number sends nothing and once counted against that
   * person, so one such request a minute kept them from verifying. Now decoys count against the
   * address that asked for them.
   */
  @Test
  @Order(11)
  void wrongNamesForAPersonFromOneAddressLeaveThemFreeToVerifyFromAnother() throws Exception {
    ageAllCodes();
    var attacker = citizen.with("X-Forwarded-For", "198.51.100.7");
    var first = keep(attacker.post("/api/identity/verifications", claim(JUNG.rrn(), "홍길동")));
    assertEquals(201, first.status(), first::body);
    for (int i = 1; i < 100; i++) {
      var answer = attacker.post("/api/identity/verifications", claim(JUNG.rrn(), "홍길동" + i));
      assertProblem(answer, 429, "code-rate-limited");
    }
    var own =
        keep(
            citizen
                .with("X-Forwarded-For", "203.0.113.20")
                .post("/api/identity/verifications", claim(JUNG.rrn(), JUNG.name())));
    assertEquals(201, own.status(), own::body);
    var code = own.object().getString("demoCode");
    assertEquals(200, confirm(own.object(), code).status());
  }

  @Test
  @Order(12)
  void actingForAnotherResidentNeedsTheirOwnCodeAndIsAudited() throws Exception {
    var choi = residentId(CHOI);
    var kim = residentId(KIM);
    var session = freshSession(KIM);

    assertProblem(
        keep(session.get("/api/me/eligibility?person=" + choi)), 403, "not-authorized-for-person");
    assertEquals(1, audit("proxy.refused", kim, choi));

    assertProblem(
        keep(session.post("/api/identity/representations", claim(KIM.rrn(), KIM.name()))),
        422,
        "representation-refused");
    assertProblem(
        keep(citizen.post("/api/identity/representations", claim(CHOI.rrn(), CHOI.name()))),
        401,
        "session-required");

    ageAllCodes();
    var started =
        keep(session.post("/api/identity/representations", claim(CHOI.rrn(), CHOI.name())));
    assertEquals(201, started.status(), started::body);
    var challenge = started.object();
    var code = challenge.getString("demoCode");
    assertTrue(
        keep(operator.get("/api/operator/sms-outbox?reference=" + challenge.getString("challenge")))
            .array()
            .getJsonObject(0)
            .getString("phone")
            .endsWith("0429"),
        "the code went to the subject's phone");
    // The subject's code is no way to sign in as the subject.
    assertProblem(confirm(challenge, code), 404, "challenge-not-found");
    assertProblem(
        keep(
            citizen.post(
                "/api/identity/representations/"
                    + challenge.getString("challenge")
                    + "/confirmation",
                "{\"code\":\"" + code + "\"}")),
        401,
        "session-required");

    var confirmed =
        keep(
            session.post(
                "/api/identity/representations/"
                    + challenge.getString("challenge")
                    + "/confirmation",
                "{\"code\":\"" + code + "\"}"));
    assertEquals(200, confirmed.status(), confirmed::body);
    var person = confirmed.object().getJsonObject("person");
    assertEquals(String.valueOf(choi), person.getString("ref"));
    assertEquals("890429-2******", person.getString("registrationNumber"));
    var cookie = confirmed.header("Set-Cookie");
    var widened = citizen.with("Cookie", cookie.substring(0, cookie.indexOf(';')));

    var me = keep(widened.get("/api/me")).object();
    assertEquals(
        String.valueOf(choi), me.getJsonArray("actingFor").getJsonObject(0).getString("ref"));
    var forChoi = keep(widened.get("/api/me/eligibility?person=" + choi)).object();
    assertEquals(String.valueOf(choi), forChoi.getString("person"));
    assertTrue(
        forChoi.getJsonArray("campaigns").stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                c ->
                    c.getString("nameEn").equals("Health workers first")
                        && c.getBoolean("eligible")),
        "the health workers' campaign admits her: " + forChoi);
    var forKim = keep(widened.get("/api/me/eligibility")).object();
    assertTrue(
        forKim.getJsonArray("campaigns").stream()
            .map(JsonObject.class::cast)
            .anyMatch(c -> c.getString("reason").equals("NOT_IN_PRIORITY_GROUP")),
        "but not him: " + forKim);

    assertEquals(1, audit("proxy.requested", kim, choi));
    assertEquals(1, audit("proxy.confirmed", kim, choi));
    var trail = keep(operator.get("/api/operator/audit?party=resident:" + choi)).array();
    assertEquals(3, trail.size(), trail::toString);
    assertProblem(keep(citizen.get("/api/operator/audit")), 401, "unauthorized");
  }

  @Test
  @Order(13)
  void operatorsEditCampaignsAndEveryChangeIsCheckedAndAudited() throws Exception {
    var draft =
        Json.createObjectBuilder()
            .add("name", "시험 캠페인")
            .add("nameEn", "Test campaign")
            .add("minAge", 60)
            .add("ageOn", "2030-01-01")
            .add("opensAt", "2030-01-01T20:00:00+09:00")
            .add("closesAt", "2030-02-01T18:00:00+09:00")
            .add("products", Json.createArrayBuilder().add("PFIZER"))
            .build();
    var created = keep(operator.post("/api/operator/campaigns", draft.toString()));
    assertEquals(201, created.status(), created::body);
    var id = created.object().getInt("id");
    assertTrue(created.header("Location").endsWith("/api/operator/campaigns/" + id));
    assertEquals("UPCOMING", created.object().getString("status"));

    var check =
        "/api/campaigns/" + id + "/check?birthDate=1969-12-31&at=2030-01-01T20:00:00%2B09:00";
    assertTrue(keep(citizen.get(check)).object().getBoolean("eligible"), "checked at once");

    var later =
        Json.createObjectBuilder(draft)
            .add("opensAt", "2030-01-02T20:00:00+09:00")
            .add("version", 1)
            .build();
    var revised =
        keep(
            operator.send(
                "PUT",
                "/api/operator/campaigns/" + id,
                "application/json",
                later.toString(),
                null));
    assertEquals(200, revised.status(), revised::body);
    assertEquals(2, revised.object().getInt("version"));
    assertEquals("NOT_YET_OPEN", keep(citizen.get(check)).object().getString("reason"));
    assertProblem(
        keep(
            operator.send(
                "PUT",
                "/api/operator/campaigns/" + id,
                "application/json",
                later.toString(),
                null)),
        409,
        "campaign-edit-conflict");

    var backwards =
        Json.createObjectBuilder(draft).add("closesAt", "2029-12-31T18:00:00+09:00").build();
    assertProblem(
        keep(operator.post("/api/operator/campaigns", backwards.toString())),
        422,
        "campaign-invalid");
    var unknownProduct =
        Json.createObjectBuilder(draft)
            .add("products", Json.createArrayBuilder().add("SPUTNIK"))
            .build();
    assertProblem(
        keep(operator.post("/api/operator/campaigns", unknownProduct.toString())),
        422,
        "campaign-invalid");
    var bothCohorts = Json.createObjectBuilder(draft).add("bornFrom", "1950-01-01").build();
    assertProblem(
        keep(operator.post("/api/operator/campaigns", bothCohorts.toString())),
        422,
        "campaign-invalid");
    var noOffset = Json.createObjectBuilder(draft).add("opensAt", "2030-01-01T20:00:00").build();
    assertProblem(
        keep(operator.post("/api/operator/campaigns", noOffset.toString())), 400, "malformed-json");
    assertProblem(
        keep(citizen.post("/api/operator/campaigns", draft.toString())), 401, "unauthorized");
    assertProblem(
        keep(
            citizen
                .as("clinic1", "vaxline-demo-clinic")
                .post("/api/operator/campaigns", draft.toString())),
        403,
        "forbidden");

    var teachers =
        keep(
            operator.post(
                "/api/operator/priority-groups/TEACHER/members",
                "{\"registrationNumbers\":[\"" + LEE.rrn() + "\",\"" + NOBODY + "\"]}"));
    assertEquals(1, teachers.object().getInt("added"), teachers::body);
    assertEquals(1, teachers.object().getInt("unmatched"));

    assertEquals(
        1,
        count(
            "select count(*) from audit_log where action = 'campaign.created' and actor = 'staff:operator' and subject = 'campaign:"
                + id
                + "'"));
    assertEquals(
        1,
        count(
            "select count(*) from audit_log where action = 'campaign.revised' and subject = 'campaign:"
                + id
                + "'"));
  }

  /** Last, so that the database, the log and the answers it looks into are the whole journey's. */
  @Test
  @Order(LAST)
  void noRegistrationNumberNameOrPhoneInClearInTheDatabaseTheLogOrAnyAnswer() throws Exception {
    var numbers = new ArrayList<String>();
    var contacts = new ArrayList<String>();
    for (var resident : ShowcaseResident.ALL) {
      numbers.add(resident.rrn());
      numbers.add(resident.rrn().substring(0, 6) + "-" + resident.rrn().substring(6));
      contacts.add(resident.name());
      contacts.add(resident.phone());
      contacts.add(resident.phone().replace("-", ""));
    }
    numbers.add(NOBODY);
    // Names and phones are sealed too (db/V13), the showcase residents' as everyone's.
    var secrets = new LinkedHashMap<String, String>();
    numbers.forEach(number -> secrets.put(number, "a registration number"));
    contacts.forEach(contact -> secrets.put(contact, "a name or phone"));

    try (var db =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      var columns = new ArrayList<String[]>();
      try (var rs =
          db.createStatement()
              .executeQuery(
                  "select table_name, column_name, data_type from information_schema.columns"
                      + " where table_schema = 'public' and data_type in ('text', 'character"
                      + " varying', 'character', 'json', 'jsonb', 'bytea')")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
      assertTrue(columns.size() > 20, "scanned " + columns.size() + " columns");
      for (var column : columns) {
        var text =
            column[2].equals("bytea")
                ? "encode(\"" + column[1] + "\", 'escape')"
                : "\"" + column[1] + "\"::text";
        var statement =
            db.prepareStatement(
                "select count(*) from \"" + column[0] + "\" where strpos(" + text + ", ?) > 0");
        for (var secret : secrets.entrySet()) {
          statement.setString(1, secret.getKey());
          try (var rs = statement.executeQuery()) {
            rs.next();
            assertEquals(
                0,
                rs.getLong(1),
                column[0] + "." + column[1] + " holds " + secret.getValue() + " in clear");
          }
        }
      }
    }

    var codes =
        ANSWERS.stream()
            .filter(answer -> answer.body().contains("\"demoCode\""))
            .map(answer -> answer.object().getString("demoCode"))
            .toList();
    assertTrue(codes.size() > 3, "codes seen: " + codes.size());
    try (var db =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      // Whether sent or not, no one-time code is in any text column (the outbox seals them).
      for (var column : textColumns(db)) {
        for (var code : codes) {
          var statement =
              db.prepareStatement(
                  "select count(*) from \""
                      + column[0]
                      + "\" where strpos(\""
                      + column[1]
                      + "\"::text, ?) > 0");
          statement.setString(1, code);
          try (var rs = statement.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getLong(1), column[0] + "." + column[1] + " holds a code in clear");
          }
        }
      }
    }

    var metrics = citizen.get("/metrics").body();
    assertTrue(
        java.util.regex.Pattern.compile("vaxline_booking_inflight\\{[^}]*\\} 0(\\.0)?\\b")
            .matcher(metrics)
            .find(),
        "every booking-side request gave its place back");

    var log = Files.readString(node.log());
    assertTrue(log.contains("Demo campaigns created"), "the log was read");
    // Staff credentials, valid or malformed, are never written down (issue 15).
    var credentials = operator.header("Authorization").substring("Basic ".length());
    assertFalse(log.contains(credentials), "the log holds the operator's Authorization value");
    assertFalse(log.contains("vaxline-demo-operator"), "the log holds the operator's password");
    var malformed = new Api(node.base()).with("Authorization", "Basic b3BlcmF0b3I6ZGVtbwBo");
    assertEquals(401, keep(malformed.get("/api/operator/log-probe")).status());
    var withRefusal = logOnceItHas("on /api/operator/log-probe");
    assertFalse(withRefusal.contains("b3BlcmF0b3I6ZGVtbwBo"), "its value is not");
    assertFalse(withRefusal.contains("demo\u0000h"), "nor what it decodes to");
    // Payara issue 8000: the container's stack trace for a broken percent-escape is one line.
    assertEquals(200, RawHttp.send(node.base(), "GET /api/log-probe%ZZ HTTP/1.1").status());
    var withEscape = logOnceItHas("broken percent-escape");
    assertFalse(withEscape.contains("URLDecoder"), "as one line, without a stack trace");
    assertFalse(withEscape.contains("log-probe%ZZ"), "nor the path the client sent");
    assertTrue(ANSWERS.size() > 50, "answers kept: " + ANSWERS.size());
    for (var contact : contacts) {
      assertFalse(log.contains(contact), "the log holds a name or phone");
    }
    for (var number : numbers) {
      assertFalse(log.contains(number), "the log holds a registration number");
      for (var answer : ANSWERS) {
        assertFalse(answer.body().contains(number), () -> "an answer holds one: " + answer.body());
        assertFalse(answer.response().headers().toString().contains(number));
      }
    }
  }

  /** It takes the database away, and gives it back. */
  @Test
  @Order(15)
  void theRuleCheckAndTheCampaignListReadNoDatabase() throws Exception {
    var id = campaignNamed("53~54세");
    try {
      cutDatabase(true);
      assertNotEquals(200, citizen.get("/api/clinics").status(), "the database is really gone");
      for (int i = 0; i < 200; i++) {
        var check =
            citizen.get(
                "/api/campaigns/"
                    + id
                    + "/check?birthDate=1968-05-05&at=2021-07-19T20:00:00%2B09:00");
        assertEquals(200, check.status(), check::body);
      }
      assertEquals(200, citizen.get("/api/campaigns").status());
    } finally {
      cutDatabase(false);
    }
  }

  @Test
  @Order(16)
  void venuesGetASignedTrustListAndARevocationListThatRevalidateWith304() throws Exception {
    var trustList = keep(citizen.get("/api/pass/trust-list"));
    assertEquals(200, trustList.status(), trustList::body);
    assertTrue(trustList.contentType().startsWith("application/jose"), trustList::contentType);
    assertEquals("public, max-age=3600", trustList.header("Cache-Control"));
    var jws = JWSObject.parse(trustList.body());
    var signer = passKeys.keys().current().certificate();
    assertTrue(jws.verify(new ECDSAVerifier((ECPublicKey) signer.getPublicKey())));
    assertTrue(jws.getPayload().toString().contains(passKeys.keys().current().kid().base64()));
    var etag = trustList.header("ETag");
    assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), etag);
    var again = citizen.with("If-None-Match", etag).get("/api/pass/trust-list");
    assertEquals(304, again.status());
    assertEquals(etag, again.header("ETag"));
    assertEquals(trustList.body(), citizen.get("/api/pass/trust-list").body());

    var revocations = keep(citizen.get("/api/pass/revocations"));
    assertEquals(200, revocations.status(), revocations::body);
    assertEquals(0, revocations.object().getInt("version"));
    assertEquals("public, max-age=60", revocations.header("Cache-Control"));
    var unchanged =
        citizen.with("If-None-Match", revocations.header("ETag")).get("/api/pass/revocations");
    assertEquals(304, unchanged.status());
  }

  @Test
  @Order(17)
  void aPassSignedWithTheNodesKeysIsValidAndATamperedOneIsNot() {
    var pass = passKeys.twoDoses(30);
    var answer = keep(citizen.post("/api/pass/verify", qr(pass.qrText()))).object();
    assertTrue(answer.getBoolean("valid"), answer::toString);
    assertEquals("PRIMARY_SERIES_COMPLETE", answer.getString("reason"));
    assertEquals("홍*동", answer.getString("name"));
    assertEquals("1980-**-**", answer.getString("birthDate"));
    assertEquals("VOICE_VALID", answer.getString("cue"));
    assertTrue(answer.getString("validUntil").endsWith("+09:00"), answer::toString);

    var text = pass.qrText();
    var tampered =
        text.substring(0, 60) + (text.charAt(60) == '0' ? '1' : '0') + text.substring(61);
    var refused = keep(citizen.post("/api/pass/verify", qr(tampered))).object();
    assertFalse(refused.getBoolean("valid"), refused::toString);
    assertEquals("CHIME_INVALID", refused.getString("cue"));
    assertEquals("", refused.getString("name"));

    var tooSoon = keep(citizen.post("/api/pass/verify", qr(passKeys.twoDoses(13).qrText())));
    assertEquals("NOT_YET_VALID", tooSoon.object().getString("reason"));
  }

  @Test
  @Order(18)
  void garbageIsNotValidOrAProblemAndNeverAServerError() {
    for (var garbage :
        List.of(
            "hello", "HC1:", "HC1:!!!!", "HC1:" + "0".repeat(4_400), "HC1:" + "A".repeat(5_000))) {
      var answer = keep(citizen.post("/api/pass/verify", qr(garbage)));
      assertEquals(200, answer.status(), answer::body);
      assertFalse(answer.object().getBoolean("valid"));
    }
    assertProblem(keep(citizen.post("/api/pass/verify", "{not json")), 400, "malformed-json");
    assertProblem(keep(citizen.post("/api/pass/verify", "{\"qr\":42}")), 400, "bad-pass-input");
    assertProblem(
        keep(citizen.post("/api/pass/verify", qr("hello") + " x")), 400, "malformed-json");
    assertProblem(
        keep(citizen.post("/api/pass/verify", "{\"qr\":\"a\",\"qr\":\"b\"}")),
        400,
        "malformed-json");
    assertProblem(
        keep(citizen.send("POST", "/api/pass/verify", null, qr("hello"), "application/json")),
        415,
        "unsupported-media-type");
    assertProblem(keep(citizen.post("/api/pass/verify", "[]")), 400, "bad-pass-input");
    assertProblem(
        keep(citizen.post("/api/pass/verify", qr("HC1:" + "A".repeat(20_000)))),
        413,
        "request-too-large");
    assertProblem(keep(citizen.post("/api/pass/verify", "")), 400, "bad-pass-input");
    var forged = keep(citizen.post("/api/pass/check-in", "{\"code\":\"x.y.z\"}")).object();
    assertEquals("CODE_INVALID", forged.getString("reason"));
  }

  @Test
  @Order(19)
  void anOperatorRevokesAPassAndTheVerifierRefusesItAtOnce() throws Exception {
    var pass = passKeys.twoDoses(30);
    assertTrue(citizen.post("/api/pass/verify", qr(pass.qrText())).object().getBoolean("valid"));
    var revocation =
        Json.createObjectBuilder()
            .add("uvci", pass.uvci().value())
            .add("reason", "issued on a forged record")
            .build()
            .toString();
    assertProblem(
        keep(citizen.post("/api/operator/passes/revocations", revocation)), 401, "unauthorized");
    var revoked = keep(operator.post("/api/operator/passes/revocations", revocation));
    assertEquals(201, revoked.status(), revoked::body);
    assertEquals(200, operator.post("/api/operator/passes/revocations", revocation).status());
    assertProblem(
        keep(
            operator.post(
                "/api/operator/passes/revocations",
                "{\"uvci\":\"URN:UVCI:01:KR:NOPE\",\"reason\":\"typo\"}")),
        400,
        "bad-pass-input");

    var answer = keep(citizen.post("/api/pass/verify", qr(pass.qrText()))).object();
    assertFalse(answer.getBoolean("valid"));
    assertEquals("REVOKED", answer.getString("reason"));
    var list = keep(citizen.get("/api/pass/revocations")).object();
    assertEquals(1, list.getInt("version"));
    assertEquals(revoked.object().getString("entry"), list.getJsonArray("entries").getString(0));
    assertEquals(
        1,
        count(
            "select count(*) from audit_log where action = 'pass.revoked' and actor ="
                + " 'staff:operator'"));
  }

  @Test
  @Order(20)
  void passChecksReadNoDatabase() throws Exception {
    var pass = passKeys.twoDoses(30);
    try {
      cutDatabase(true);
      assertNotEquals(200, citizen.get("/api/clinics").status(), "the database is really gone");
      for (int i = 0; i < 100; i++) {
        var answer = citizen.post("/api/pass/verify", qr(pass.qrText()));
        assertEquals(200, answer.status(), answer::body);
        assertTrue(answer.object().getBoolean("valid"));
      }
      assertEquals(200, citizen.get("/api/pass/trust-list").status());
      assertEquals(200, citizen.get("/api/pass/revocations").status());
    } finally {
      cutDatabase(false);
    }
  }

  @Test
  @Order(21)
  void aVaccinatedCitizenFetchesTheirPassAndACheckInCodeThatVenuesAccept() throws Exception {
    for (var dose : List.of(1, 2)) {
      var given = OffsetDateTime.now(KoreaTime.ZONE).withNano(0).minusDays(90 - 30L * dose);
      var report =
          Json.createObjectBuilder()
              .add(
                  "person",
                  Json.createObjectBuilder()
                      .add("registrationNumber", JUNG.rrn())
                      .add("name", JUNG.name()))
              .add("product", "PFIZER")
              .add("lot", "FF2587")
              .add("dose", dose)
              .add("givenAt", given.toString())
              .build()
              .toString();
      var recorded = operator.post("/api/clinic/C110001/doses", report);
      assertEquals(201, recorded.status(), recorded::body);
    }
    assertProblem(keep(citizen.get("/api/me/pass")), 401, "session-required");
    var jung = freshSession(JUNG);

    var pass = keep(jung.get("/api/me/pass")).object();
    var status = pass.getJsonObject("status");
    assertTrue(status.getBoolean("valid"), pass::toString);
    assertEquals("PRIMARY_SERIES_COMPLETE", status.getString("reason"));
    assertEquals(2, pass.getJsonArray("doses").size());
    assertEquals(pass.getString("uvci"), jung.get("/api/me/pass").object().getString("uvci"));
    var scan = keep(citizen.post("/api/pass/verify", qr(pass.getString("qr")))).object();
    assertTrue(scan.getBoolean("valid"), scan::toString);
    assertEquals("PRIMARY_SERIES_COMPLETE", scan.getString("reason"));
    assertFalse(scan.getString("name").contains(JUNG.name()), scan::toString);

    var png = jung.send("GET", "/api/me/pass", null, null, "image/png");
    assertEquals(200, png.status());
    assertEquals("image/png", png.contentType());
    var svg = jung.send("GET", "/api/me/pass", null, null, "image/svg+xml");
    assertTrue(svg.body().startsWith("<svg"), svg::body);

    var code = keep(jung.get("/api/me/pass/check-in-code")).object();
    assertTrue(code.getString("expiresAt").endsWith("+09:00"), code::toString);
    var checkIn = "{\"code\":\"" + code.getString("code") + "\"}";
    var checkedIn = keep(citizen.post("/api/pass/check-in", checkIn)).object();
    assertTrue(checkedIn.getBoolean("valid"), checkedIn::toString);
    assertEquals("VOICE_VALID", checkedIn.getString("cue"));

    var revocation =
        Json.createObjectBuilder()
            .add("uvci", pass.getString("uvci"))
            .add("reason", "journey test")
            .build()
            .toString();
    assertEquals(201, operator.post("/api/operator/passes/revocations", revocation).status());
    assertEquals(
        "REVOKED", citizen.post("/api/pass/check-in", checkIn).object().getString("reason"));
    var refetched = jung.get("/api/me/pass").object().getString("qr");
    assertEquals(
        "REVOKED", citizen.post("/api/pass/verify", qr(refetched)).object().getString("reason"));
  }

  @Test
  @Order(22)
  void aCitizenWithANegativePcrResultGetsATestPassThatVenuesAccept() throws Exception {
    var park = freshSession(PARK);
    assertProblem(keep(park.get("/api/me/pass")), 404, "no-pass");
    assertProblem(keep(park.get("/api/me/pass/check-in-code")), 404, "no-pass");
    var sampled = OffsetDateTime.now(KoreaTime.ZONE).withNano(0).minusHours(3);
    var report =
        Json.createObjectBuilder()
            .add(
                "person",
                Json.createObjectBuilder()
                    .add("registrationNumber", PARK.rrn())
                    .add("name", PARK.name()))
            .add("kind", "PCR")
            .add("outcome", "NEGATIVE")
            .add("sampledAt", sampled.toString())
            .add("notifiedAt", sampled.plusHours(2).toString())
            .build()
            .toString();
    var recorded = operator.post("/api/clinic/C110001/tests", report);
    assertEquals(201, recorded.status(), recorded::body);

    var pass = keep(park.get("/api/me/pass")).object();
    assertEquals("NEGATIVE_PCR", pass.getJsonObject("status").getString("reason"), pass::toString);
    var stated = pass.getJsonObject("stated");
    assertEquals("TEST", stated.getString("kind"));
    var test = stated.getJsonObject("test");
    assertEquals("PCR", test.getString("type"));
    assertEquals(sampled, OffsetDateTime.parse(test.getString("sampledAt")));
    assertTrue(pass.getJsonArray("doses").isEmpty(), pass::toString);
    assertEquals(pass.getString("uvci"), park.get("/api/me/pass").object().getString("uvci"));
    var scan = keep(citizen.post("/api/pass/verify", qr(pass.getString("qr")))).object();
    assertTrue(scan.getBoolean("valid"), scan::toString);
    assertEquals("NEGATIVE_PCR", scan.getString("reason"));
    // What the pass tells its holder a venue will find is what the venue finds.
    var scanned = stated.getJsonObject("scanned");
    assertTrue(scanned.getBoolean("valid"), scanned::toString);
    assertEquals(scan.getString("reason"), scanned.getString("reason"));
    assertEquals(
        OffsetDateTime.parse(scan.getString("validUntil")).toInstant(),
        OffsetDateTime.parse(scanned.getString("validUntil")).toInstant());

    var code = keep(park.get("/api/me/pass/check-in-code")).object();
    var checkIn = "{\"code\":\"" + code.getString("code") + "\"}";
    var checkedIn = keep(citizen.post("/api/pass/check-in", checkIn)).object();
    assertTrue(checkedIn.getBoolean("valid"), checkedIn::toString);
    assertEquals("NEGATIVE_PCR", checkedIn.getString("reason"));
  }

  /**
   * Issue 15: a test sampled in -4714 or a dose given then answered 500 (PostgreSQL "timestamp out
   * of range"); a test dated 0000-01-01, a recovery dated 0001-01-01 and schedule exceptions for
   * 0000-01-01 and 9999-12-31 were stored. Each is refused now, and nothing is recorded.
   */
  @Test
  @Order(23)
  void datesOutsideTheCampaignsEraAreRefusedAndNothingIsStored() throws Exception {
    var person =
        Json.createObjectBuilder()
            .add("registrationNumber", PARK.rrn())
            .add("name", PARK.name())
            .build();
    var before =
        count("select count(*) from test_result")
            + count("select count(*) from dose_given")
            + count("select count(*) from recovery")
            + count("select count(*) from clinic_schedule_exception");
    for (var sampled : List.of("-4714-01-01T00:00:00Z", "0000-01-01T00:00:00Z")) {
      var report =
          Json.createObjectBuilder()
              .add("person", person)
              .add("kind", "PCR")
              .add("outcome", "NEGATIVE")
              .add("sampledAt", sampled)
              .add("notifiedAt", "2021-07-19T12:00:00+09:00")
              .build()
              .toString();
      assertProblem(
          keep(operator.post("/api/clinic/C110001/tests", report)), 400, "time-out-of-range");
    }
    var dose =
        Json.createObjectBuilder()
            .add("person", person)
            .add("product", "PFIZER")
            .add("lot", "FF2587")
            .add("dose", 1)
            .add("givenAt", "-4714-01-01T00:00:00Z")
            .build()
            .toString();
    assertProblem(keep(operator.post("/api/clinic/C110001/doses", dose)), 400, "time-out-of-range");
    var recovery =
        Json.createObjectBuilder()
            .add("person", person)
            .add("firstPositive", "0001-01-01")
            .add("released", "0001-01-08")
            .build()
            .toString();
    assertProblem(
        keep(operator.post("/api/clinic/C110001/recoveries", recovery)), 400, "time-out-of-range");
    for (var day : List.of("0000-01-01", "9999-12-31")) {
      assertProblem(
          keep(
              operator.send(
                  "PUT",
                  "/api/clinic/C110001/schedule/exceptions/" + day,
                  "application/json",
                  "{\"hours\":[],\"reason\":\"closed\"}",
                  null)),
          400,
          "time-out-of-range");
    }
    var after =
        count("select count(*) from test_result")
            + count("select count(*) from dose_given")
            + count("select count(*) from recovery")
            + count("select count(*) from clinic_schedule_exception");
    assertEquals(before, after, "nothing was recorded");
  }

  private static String qr(String text) {
    return Json.createObjectBuilder().add("qr", text).build().toString();
  }

  private static Answer keep(Answer answer) {
    ANSWERS.add(answer);
    return answer;
  }

  private static Answer confirm(JsonObject challenge, String code) {
    return keep(
        citizen.post(
            "/api/identity/verifications/" + challenge.getString("challenge") + "/confirmation",
            "{\"code\":\"" + code + "\"}"));
  }

  /** A session of its own, once the send limits of earlier tests are lifted. */
  private static Api freshSession(ShowcaseResident resident) throws Exception {
    ageAllCodes();
    var challenge =
        keep(citizen.post("/api/identity/verifications", claim(resident.rrn(), resident.name())))
            .object();
    var cookie = confirm(challenge, challenge.getString("demoCode")).header("Set-Cookie");
    assertNotNull(cookie);
    return citizen.with("Cookie", cookie.substring(0, cookie.indexOf(';')));
  }

  /** Waits for the relay to take a challenge's text: status, code erased, provider. */
  private static String awaitRelayed(String challenge, String status) throws Exception {
    var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (var db =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      var query =
          db.prepareStatement(
              "select status, sealed_code is null, provider, sealed_text is not null,"
                  + " body is null and phone is null from sms_outbox where reference = ?");
      query.setString(1, challenge);
      while (true) {
        try (var rs = query.executeQuery()) {
          assertTrue(rs.next(), "a row for " + challenge);
          assertTrue(rs.getBoolean(4) && rs.getBoolean(5), "sealed, nothing in clear");
          var row = rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3);
          if (rs.getString(1).equals(status) || System.nanoTime() > deadline) {
            return row;
          }
        }
        Thread.sleep(100);
      }
    }
  }

  /** Every column of a text type, as table and column names. */
  private static List<String[]> textColumns(Connection db) throws Exception {
    var columns = new ArrayList<String[]>();
    try (var rs =
        db.createStatement()
            .executeQuery(
                "select table_name, column_name from information_schema.columns where"
                    + " table_schema = 'public' and data_type in ('text', 'character varying',"
                    + " 'character', 'json', 'jsonb')")) {
      while (rs.next()) {
        columns.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return columns;
  }

  /** How many rows each table holds, by name. */
  private static Map<String, Long> rowsPerTable() throws Exception {
    var counts = new HashMap<String, Long>();
    try (var db =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      var tables = new ArrayList<String>();
      try (var rs =
          db.createStatement()
              .executeQuery(
                  "select tablename from pg_tables where schemaname = 'public'"
                      + " and tablename <> 'flyway_schema_history'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (var table : tables) {
        try (var rs = db.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /** The tables whose row count changed, and by how much. */
  private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
    var changed = new HashMap<String, Long>();
    after.forEach(
        (table, rows) -> {
          if (rows - before.getOrDefault(table, 0L) != 0) {
            changed.put(table, rows - before.getOrDefault(table, 0L));
          }
        });
    return changed;
  }

  /** Makes every code sent so far two hours old, so no send limit of earlier tests applies. */
  private static void ageAllCodes() throws Exception {
    execute(
        "update identity_challenge set created_at = created_at - interval '2 hours', expires_at"
            + " = expires_at - interval '2 hours'");
  }

  private static String withoutInstance(Answer answer) {
    var body = Json.createObjectBuilder(answer.object()).remove("instance").build();
    return answer.status() + " " + body;
  }

  private static long campaignNamed(String fragment) {
    return operator.get("/api/operator/campaigns").array().stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("name").contains(fragment))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String claim(String number, String name) {
    return Json.createObjectBuilder()
        .add("registrationNumber", number)
        .add("name", name)
        .build()
        .toString();
  }

  private static long residentId(ShowcaseResident resident) throws Exception {
    var hash = HexFormat.of().formatHex(IDENTITY_KEYS.keys().hash(resident.number()));
    return count("select id from resident where rrn_hash = decode('" + hash + "', 'hex')");
  }

  private static long audit(String action, long actor, long subject) throws Exception {
    return count(
        "select count(*) from audit_log where action = '%s' and actor = 'resident:%d' and subject = 'resident:%d'"
            .formatted(action, actor, subject));
  }

  /** The node's log once it has {@code line}: the log is written by a thread of its own. */
  private static String logOnceItHas(String line) throws Exception {
    var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    var log = Files.readString(node.log());
    while (!log.contains(line) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      log = Files.readString(node.log());
    }
    assertTrue(log.contains(line), () -> "the log has no line with: " + line);
    return log;
  }

  /** Stops new connections to the node's database and ends those its pool holds. */
  private static void cutDatabase(boolean cut) throws Exception {
    var name = database.url().substring(database.url().lastIndexOf('/') + 1);
    var maintenance = database.url().substring(0, database.url().lastIndexOf('/') + 1) + "postgres";
    try (var db = DriverManager.getConnection(maintenance, database.user(), database.password())) {
      db.createStatement()
          .execute("alter database \"" + name + "\" with allow_connections " + !cut);
      if (cut) {
        db.createStatement()
            .execute(
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                    + name
                    + "'");
      }
    }
  }

  private static void execute(String sql) throws Exception {
    Sql.execute(database, sql);
  }

  private static long count(String sql) throws Exception {
    return Sql.count(database, sql);
  }
}
