package org.vaxline.it.fuzz;

import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.vaxline.demo.entity.ResidentRow;
import org.vaxline.it.Api;
import org.vaxline.it.Citizen;
import org.vaxline.it.Queue;
import org.vaxline.it.RawHttp;

/**
 * A resident admitted through a campaign's waiting room and verified by phone code, so booking
 * operations answer past their 401. When a booking spent the admission, or the admission (ten
 * minutes) or session (twenty) nears its end, the next batch goes through the waiting room again as
 * the next demo resident (each person may be sent one code a minute). Before that the waiting room
 * and the products' supply are set back, which the operator's batches may have paused or stopped.
 */
final class VerifiedCitizen implements Principal {

  /** Well inside the admission's ten minutes. */
  private static final Duration FRESH = Duration.ofMinutes(8);

  private final URI node;
  private final long campaign;
  private final Iterator<ResidentRow> residents;
  private final Api housekeeper;
  private final List<String> products;
  private final String address;
  private final AtomicInteger arrivals = new AtomicInteger();
  private Api browser;
  private long verifiedAt;
  private volatile boolean spent;

  VerifiedCitizen(
      URI node,
      long campaign,
      Iterator<ResidentRow> residents,
      Api housekeeper,
      List<String> products,
      String address) {
    this.node = node;
    this.campaign = campaign;
    this.residents = residents;
    this.housekeeper = housekeeper;
    this.products = products;
    this.address = address;
  }

  @Override
  public String name() {
    return "citizen";
  }

  @Override
  public void prepare() throws Exception {
    for (var product : products) {
      housekeeper.send(
          "PUT",
          "/api/operator/allocation/supply/" + product,
          "application/json",
          "{\"suspended\":false,\"reason\":\"fuzz: resumed for the citizen\"}",
          null);
    }
    if (browser == null || spent || System.nanoTime() - verifiedAt > FRESH.toNanos()) {
      Queue.steer(housekeeper, campaign, false, false, 50);
      browser = verifiedAsNextResident();
      verifiedAt = System.nanoTime();
      spent = false;
    }
  }

  /**
   * The next resident, from an address of their own (the fuzz's requests spend the per-address
   * limits of theirs). One whom the fuzz's own verifications have just sent a code is refused for a
   * minute (429), so a few more are tried.
   */
  private Api verifiedAsNextResident() throws Exception {
    AssertionError refused = null;
    for (var attempt = 0; attempt < 5; attempt++) {
      var arrival =
          new Api(node).with("X-Forwarded-For", "198.51.100." + arrivals.incrementAndGet() % 250);
      try {
        return Citizen.readyToBook(arrival, campaign, residents.next());
      } catch (AssertionError sentTooRecently) {
        refused = sentTooRecently;
      }
    }
    throw refused;
  }

  /** The browser as a client, for the set-up's own requests. */
  Api browser() {
    return browser;
  }

  @Override
  public List<FuzzRequest.Header> credentials() {
    return List.of(
        new FuzzRequest.Header("Cookie", browser.header("Cookie")),
        new FuzzRequest.Header("Vaxline-Admission", browser.header("Vaxline-Admission")),
        new FuzzRequest.Header("X-Forwarded-For", address));
  }

  @Override
  public void observe(FuzzRequest sent, RawHttp.Answer answer) {
    var own = browser.header("Vaxline-Admission").equals(sent.header("Vaxline-Admission"));
    if (own
        && (sent.operation().id().equals("confirmBooking") && answer.status() == 201
            || answer.body().contains("urn:vaxline:problem:admission-spent")
            || answer.body().contains("urn:vaxline:problem:session-required")
                && browser.header("Cookie").equals(sent.header("Cookie")))) {
      spent = true;
    }
  }
}
