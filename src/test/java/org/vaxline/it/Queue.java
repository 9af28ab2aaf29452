package org.vaxline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.vaxline.waitingroom.control.ProofOfWork;

/** Goes through a campaign's waiting room as a browser does, up to an admission. */
public final class Queue {

  private Queue() {}

  /**
   * The same client, admitted to the booking side through the waiting room of the campaign whose
   * English name contains {@code campaign}: its browser cookie and admission go with every request.
   */
  public static Api admitted(Api citizen, Api operator, String campaign) throws Exception {
    return admitted(citizen, campaignNamed(operator, campaign));
  }

  /** The same client, admitted to the booking side of campaign {@code id}. */
  public static Api admitted(Api citizen, long id) throws Exception {
    var puzzle = citizen.get("/api/queue/" + id + "/puzzle").object();
    var nonce = ProofOfWork.solve(puzzle.getString("challenge"), puzzle.getInt("difficulty"));
    var joined =
        citizen.post(
            "/api/queue/" + id + "/tickets",
            Json.createObjectBuilder()
                .add("challenge", puzzle.getString("challenge"))
                .add("nonce", nonce)
                .build()
                .toString());
    assertEquals(201, joined.status(), joined::body);
    var browser = citizen;
    for (var cookie : joined.headers("Set-Cookie")) {
      browser = browser.with("Cookie", cookie.substring(0, cookie.indexOf(';')));
    }
    var deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!browser
        .get("/api/queue/" + id + "/status")
        .object()
        .getString("state")
        .equals("YOUR_TURN")) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not admitted within 90 s");
      }
      Thread.sleep(250);
    }
    var admitted = browser.post("/api/queue/" + id + "/admission", null);
    assertEquals(201, admitted.status(), admitted::body);
    return browser.with("Vaxline-Admission", admitted.object().getString("admission"));
  }

  /** Sets a campaign's waiting room as an operator. */
  public static JsonObject steer(
      Api operator, long campaign, boolean paused, boolean draining, long capPerSecond) {
    var answer =
        operator.send(
            "PUT",
            "/api/operator/queues/" + campaign,
            "application/json",
            Json.createObjectBuilder()
                .add("paused", paused)
                .add("draining", draining)
                .add("capPerSecond", capPerSecond)
                .build()
                .toString(),
            null);
    assertEquals(200, answer.status(), answer::body);
    return answer.object();
  }

  public static long campaignNamed(Api operator, String english) {
    return operator.get("/api/operator/campaigns").array().stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("nameEn").contains(english))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
