package org.vaxline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import org.vaxline.demo.entity.ResidentRow;

/** A resident's browser, ready to book: through the waiting room, then verified by phone code. */
public final class Citizen {

  private Citizen() {}

  /**
   * A browser for {@code resident}: admitted to the campaign's booking side (the admission header
   * and browser cookie go with every request) and signed in with the demo phone code.
   */
  public static Api readyToBook(Api node, long campaign, ResidentRow resident) throws Exception {
    var browser = Queue.admitted(node, campaign);
    var claim =
        Json.createObjectBuilder()
            .add("registrationNumber", resident.number().digits())
            .add("name", resident.name())
            .build()
            .toString();
    var challenge = browser.post("/api/identity/verifications", claim);
    assertEquals(201, challenge.status(), challenge::body);
    var confirmed =
        browser.post(
            "/api/identity/verifications/"
                + challenge.object().getString("challenge")
                + "/confirmation",
            "{\"code\":\"" + challenge.object().getString("demoCode") + "\"}");
    assertEquals(200, confirmed.status(), confirmed::body);
    var session = confirmed.header("Set-Cookie");
    return browser.with("Cookie", session.substring(0, session.indexOf(';')));
  }
}
