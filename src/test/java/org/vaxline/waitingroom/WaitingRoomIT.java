package org.vaxline.waitingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.it.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vaxline.it.Api;
import org.vaxline.it.Queue;
import org.vaxline.it.TestDatabases;
import org.vaxline.launcher.PayaraNode;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.waitingroom.control.ProofOfWork;

/** Joining a campaign's waiting room and asking where one stands, against one node. */
class WaitingRoomIT {

  private static PayaraNode node;
  private static Api citizen;
  private static Api operator;
  private static long openNow;
  private static long opensSoon;

  @BeforeAll
  static void start() throws Exception {
    node =
        PayaraNode.start(
            new PayaraNode.Options(
                "queue",
                18092,
                List.of(6930),
                6930,
                TestDatabases.fresh("queue"),
                Map.of("VAXLINE_DEMO", "true", "VAXLINE_DEMO_RESIDENTS", "1000")));
    node.awaitReady(Duration.ofMinutes(3));
    citizen = new Api(node.base());
    operator = citizen.as("operator", "vaxline-demo-operator");
    openNow = campaignNamed("aged 18 and over");
    steer(openNow, true, false, 50);
    var opens = ZonedDateTime.now(KoreaTime.ZONE).plusMinutes(30).withNano(0);
    var created =
        operator.post(
            "/api/operator/campaigns",
            Json.createObjectBuilder()
                .add("name", "대기열 시험")
                .add("nameEn", "Queue test")
                .add("minAge", 18)
                .add("ageOn", opens.toLocalDate().toString())
                .add("opensAt", opens.toOffsetDateTime().toString())
                .add("closesAt", opens.plusDays(1).toOffsetDateTime().toString())
                .add("products", Json.createArrayBuilder().add("PFIZER"))
                .build()
                .toString());
    assertEquals(201, created.status(), created::body);
    opensSoon = created.object().getJsonNumber("id").longValue();
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void aSolvedPuzzleBuysATicketAndJoiningAgainFromTheSameBrowserKeepsIt() {
    var first = join(citizen, openNow);
    assertEquals(201, first.status(), first::body);
    assertFalse(first.object().getBoolean("preQueue"));
    var cookie =
        first.headers("Set-Cookie").stream()
            .filter(c -> c.startsWith("vaxline_ticket="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertTrue(cookie.contains("Path=/api/queue/" + openNow), cookie);
    assertTrue(
        first.headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("vaxline_browser=")),
        "a browser cookie for admissions to be bound to");
    var browser = citizen.with("Cookie", cookies(first));

    var again = join(browser, openNow);
    assertEquals(200, again.status(), again::body);
    assertEquals(first.object().getString("ticket"), again.object().getString("ticket"));

    var status = browser.get("/api/queue/" + openNow + "/status");
    assertEquals(200, status.status(), status::body);
    var standing = status.object();
    assertEquals("WAITING", standing.getString("state"));
    assertTrue(standing.getJsonNumber("position").longValue() >= 1);
    assertFalse(standing.getBoolean("waitKnown"), "no admissions measured yet: unknown");
    assertTrue(status.header("Cache-Control").contains("no-store"));
    assertEquals(
        String.valueOf(standing.getJsonNumber("retryAfter").longValue()),
        status.header("Retry-After"));

    var byHeader =
        citizen
            .with("Vaxline-Ticket", first.object().getString("ticket"))
            .get("/api/queue/" + openNow + "/status");
    assertEquals(200, byHeader.status());
  }

  @Test
  void beforeTheOpeningATicketIsInThePreQueueWithoutAPlaceYet() {
    var joined = join(citizen, opensSoon);
    assertEquals(201, joined.status(), joined::body);
    assertTrue(joined.object().getBoolean("preQueue"));
    var status =
        citizen
            .with("Vaxline-Ticket", joined.object().getString("ticket"))
            .get("/api/queue/" + opensSoon + "/status")
            .object();
    assertEquals("PRE_QUEUE", status.getString("state"));
    assertFalse(status.containsKey("position"));
    assertEquals(60, status.getJsonNumber("retryAfter").longValue());
  }

  @Test
  void aJoinWithoutValidWorkIsRefusedAndASolutionIsSpentOnce() {
    var puzzle = citizen.get("/api/queue/" + openNow + "/puzzle").object();
    assertProblem(
        citizen.post(
            "/api/queue/" + openNow + "/tickets", solution(puzzle.getString("challenge"), "0")),
        403,
        "proof-of-work-invalid");
    var tampered = puzzle.getString("challenge").replaceFirst(".$", "A");
    assertProblem(
        citizen.post("/api/queue/" + openNow + "/tickets", solution(tampered, "1")),
        403,
        "proof-of-work-invalid");
    var nonce = ProofOfWork.solve(puzzle.getString("challenge"), puzzle.getInt("difficulty"));
    var body = solution(puzzle.getString("challenge"), nonce);
    assertEquals(201, citizen.post("/api/queue/" + openNow + "/tickets", body).status());
    assertProblem(
        citizen.post("/api/queue/" + openNow + "/tickets", body), 403, "proof-of-work-invalid");
    var otherCampaign =
        ProofOfWork.solve(puzzle.getString("challenge"), puzzle.getInt("difficulty"));
    assertProblem(
        citizen.post(
            "/api/queue/" + opensSoon + "/tickets",
            solution(puzzle.getString("challenge"), otherCampaign)),
        403,
        "proof-of-work-invalid");
    assertProblem(citizen.post("/api/queue/" + openNow + "/tickets", "{}"), 400, "invalid-request");
    assertProblem(
        citizen.post("/api/queue/" + openNow + "/tickets", "{\"challenge\":"),
        400,
        "malformed-json");
  }

  @Test
  void forgedAndOtherCampaignsTicketsAreRefused() {
    var ticket = join(citizen, openNow).object().getString("ticket");
    assertProblem(
        citizen.with("Vaxline-Ticket", ticket).get("/api/queue/" + opensSoon + "/status"),
        401,
        "ticket-invalid");
    var parts = ticket.split("\\.");
    var forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    assertProblem(
        citizen.with("Vaxline-Ticket", forged).get("/api/queue/" + openNow + "/status"),
        401,
        "ticket-invalid");
    assertProblem(citizen.get("/api/queue/" + openNow + "/status"), 401, "ticket-invalid");
    var session = "eyJ0eXAiOiJ2YXhsaW5lLXNlc3Npb24rand0IiwiYWxnIjoiSFMyNTYifQ.e30.AAAA";
    assertProblem(
        citizen.with("Vaxline-Ticket", session).get("/api/queue/" + openNow + "/status"),
        401,
        "ticket-invalid");
  }

  @Test
  void theTicketFreeOverviewIsCacheableForASecond() {
    var overview = citizen.get("/api/queue/" + openNow);
    assertEquals(200, overview.status(), overview::body);
    assertTrue(overview.header("Cache-Control").contains("max-age=1"), overview::toString);
    assertEquals(openNow, overview.object().getJsonNumber("campaign").longValue());
    assertFalse(overview.object().containsKey("admittedPerSecond"), "unknown without history");
  }

  @Test
  void theQueueIsMeasuredPerCampaign() throws Exception {
    join(citizen, openNow);
    Thread.sleep(1500); // the gauges show what the last one-second sample saw
    var metrics = citizen.get("/metrics").body();
    for (var name :
        List.of(
            "vaxline_queue_tickets_total",
            "vaxline_queue_length",
            "vaxline_queue_wait_seconds",
            "vaxline_queue_admitted_per_second")) {
      assertTrue(
          metrics
              .lines()
              .anyMatch(
                  l -> l.startsWith(name + "{") && l.contains("campaign=\"" + openNow + "\"")),
          name + " for campaign " + openNow);
    }
  }

  @Test
  void queuesOfUnknownClosedOrMalformedCampaignsAnswerProblems() {
    assertProblem(citizen.get("/api/queue/987654"), 404, "campaign-not-found");
    assertProblem(citizen.get("/api/queue/abc/status"), 404, "not-found");
    var closed = campaignNamed("Ages 53-54");
    var puzzle = citizen.get("/api/queue/" + closed + "/puzzle").object();
    var nonce = ProofOfWork.solve(puzzle.getString("challenge"), puzzle.getInt("difficulty"));
    assertProblem(
        citizen.post(
            "/api/queue/" + closed + "/tickets", solution(puzzle.getString("challenge"), nonce)),
        409,
        "queue-not-open");
    assertNotEquals(openNow, closed);
  }

  @Test
  void operatorsResumeCapAndDrainAndTheAdmitterFollows() throws Exception {
    var late = campaignNamed("Health workers");
    assertEquals(
        "true",
        String.valueOf(
            steer(late, true, false, 20).getJsonObject("settings").getBoolean("paused")));
    var joined = join(citizen, late);
    var holder = citizen.with("Cookie", cookies(joined));
    Thread.sleep(1500);
    assertEquals(
        "WAITING", holder.get("/api/queue/" + late + "/status").object().getString("state"));
    assertProblem(holder.post("/api/queue/" + late + "/admission", null), 409, "not-your-turn");

    steer(late, false, false, 20);
    var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    String state;
    do {
      Thread.sleep(500);
      state = holder.get("/api/queue/" + late + "/status").object().getString("state");
    } while (!state.equals("YOUR_TURN") && System.nanoTime() < deadline);
    assertEquals("YOUR_TURN", state, "admitted at 20 a second once resumed");

    var admitted = holder.post("/api/queue/" + late + "/admission", null);
    assertEquals(201, admitted.status(), admitted::body);
    assertTrue(admitted.object().getString("admission").split("\\.").length == 3);
    assertProblem(holder.post("/api/queue/" + late + "/admission", null), 409, "already-admitted");
    var ticketOnly = citizen.with("Vaxline-Ticket", joined.object().getString("ticket"));
    assertProblem(
        ticketOnly.post("/api/queue/" + late + "/admission", null), 403, "admission-invalid");

    steer(late, false, true, 20);
    assertProblem(join(citizen, late), 409, "queue-not-open");
    steer(late, false, false, 20);
    assertProblem(
        citizen.send(
            "PUT",
            "/api/operator/queues/" + late,
            "application/json",
            "{\"paused\":false,\"draining\":false,\"capPerSecond\":-1}",
            null),
        401,
        "unauthorized");
    assertProblem(
        operator.send(
            "PUT",
            "/api/operator/queues/" + late,
            "application/json",
            "{\"paused\":false,\"draining\":false,\"capPerSecond\":-1}",
            null),
        400,
        "invalid-request");
  }

  /** The cookies a join set (ticket and browser), as a browser would send them back. */
  private static String cookies(Api.Answer answer) {
    return String.join(
        "; ",
        answer.headers("Set-Cookie").stream()
            .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
            .toList());
  }

  private static JsonObject steer(long campaign, boolean paused, boolean draining, long cap) {
    return Queue.steer(operator, campaign, paused, draining, cap);
  }

  private static Api.Answer join(Api browser, long campaign) {
    var puzzle = citizen.get("/api/queue/" + campaign + "/puzzle").object();
    var nonce = ProofOfWork.solve(puzzle.getString("challenge"), puzzle.getInt("difficulty"));
    return browser.post(
        "/api/queue/" + campaign + "/tickets", solution(puzzle.getString("challenge"), nonce));
  }

  private static String solution(String challenge, String nonce) {
    return Json.createObjectBuilder()
        .add("challenge", challenge)
        .add("nonce", nonce)
        .build()
        .toString();
  }

  private static long campaignNamed(String english) {
    return Queue.campaignNamed(operator, english);
  }
}
