package org.vaxline.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.it.Api;
import org.vaxline.it.NodeIdentityKeys;
import org.vaxline.it.NodePassKeys;
import org.vaxline.it.Queue;
import org.vaxline.it.SheddingFront;
import org.vaxline.it.SiteBrowser;
import org.vaxline.it.TestDatabases;
import org.vaxline.launcher.PayaraNode;

/**
 * The citizen site in headless Chromium against the real WAR with demo data: the whole journey
 * (waiting room, identity, clinic, slot, hold, confirmation, my bookings with a change and a
 * cancellation, a relative's booking, the pass and its check-in code) in Korean and again in
 * English, every step checked by axe-core and photographed at 360 and 1280 px under
 * target/screenshots; then the waiting room through a reload, a 30-second network cut and a
 * shedding front.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenSiteIT {

  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final String ADULTS = "aged 18 and over";

  private static PayaraNode node;
  private static Api operator;
  private static long adults;

  @BeforeAll
  static void start() throws Exception {
    var database = TestDatabases.fresh("site");
    var environment = new HashMap<String, String>(NodePassKeys.write("site").environment());
    environment.putAll(NodeIdentityKeys.random().environment());
    environment.putAll(Map.of("VAXLINE_DEMO", "true", "VAXLINE_DEMO_RESIDENTS", "2000"));
    node =
        PayaraNode.start(
            new PayaraNode.Options("site", 18121, List.of(6970), 6970, database, environment));
    node.awaitReady(Duration.ofMinutes(3));
    operator = new Api(node.base()).as("operator", "vaxline-demo-operator");
    adults = Queue.campaignNamed(operator, ADULTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(2)
  void aCitizenBooksChangesCancelsBooksForARelativeAndShowsThePassInKorean() throws Exception {
    journey(
        "ko",
        ShowcaseResident.ALL.get(0),
        ShowcaseResident.ALL.get(2),
        List.of("예약번호", "예약됨", "취소됨", "유효합니다"));
  }

  @Test
  @Order(3)
  void theSameJourneyInEnglish() throws Exception {
    journey(
        "en",
        ShowcaseResident.ALL.get(1),
        ShowcaseResident.HEALTH_WORKER,
        List.of("Confirmation", "Booked", "Cancelled", "Valid"));
  }

  private void journey(
      String language, ShowcaseResident self, ShowcaseResident relative, List<String> words)
      throws Exception {
    try (var browser = new SiteBrowser(node.base(), SCREENSHOTS.resolve(language))) {
      browser.open("/");
      browser.await("#campaigns .card");
      browser.await("#vaccines li");
      measured("landing page bytes (" + language + ")", weight(browser));
      if (language.equals("en")) {
        browser.click("#language");
        browser.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
        browser.await("#campaigns .card");
        assertTrue(browser.text("h1").contains("vaccination"), browser.text("h1"));
      } else {
        assertEquals("ko", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
      }
      browser.step("landing");

      // The waiting room lets the browser in at once (nobody waits), then on to booking.
      browser.click("a[href='queue.html?campaign=" + adults + "']");
      browser.until(d -> d.getCurrentUrl().contains("book.html"));

      verify(browser, self);
      browser.step("identity");

      var confirmation = book(browser, "person-" + ref(browser, 0));
      browser.step("booked");
      assertTrue(browser.text("#done-number").contains(words.get(0)), browser.text("#done-number"));
      assertEquals(2, browser.driver().findElements(By.cssSelector("#done-doses li")).size());

      // My bookings: move the second dose to another time.
      browser.click("nav a[href='bookings.html']");
      var card = browser.await("[data-confirmation='" + confirmation + "']");
      assertTrue(card.getText().contains(words.get(1)), card.getText());
      browser.step("my-bookings");
      var before = doseTime(browser, confirmation, 2);
      browser.click("[data-confirmation='" + confirmation + "'] [data-change='2']");
      browser.await("[data-confirmation='" + confirmation + "'] [data-slot]");
      browser.step("change-dose");
      var other =
          browser.until(
              d ->
                  d
                      .findElements(
                          By.cssSelector("[data-confirmation='" + confirmation + "'] [data-slot]"))
                      .stream()
                      .filter(WebElement::isEnabled)
                      .findFirst()
                      .orElse(null));
      other.click();
      browser.until(d -> !d.findElement(By.id("bookings-answer")).getText().isBlank());
      assertNotEquals(before, doseTime(browser, confirmation, 2), "dose 2 moved");

      // A relative: the code goes to their phone, then they are booked for.
      browser.click("#relative summary");
      representRelative(browser, relative);
      browser.until(d -> d.findElements(By.cssSelector("#bookings-person option")).size() == 2);
      browser.step("relative-added");

      browser.open("/queue.html?campaign=" + adults);
      browser.until(d -> d.getCurrentUrl().contains("book.html"));
      var relativeRef = ref(browser, 1);
      var cancelled = book(browser, "person-" + relativeRef);
      browser.click("nav a[href='bookings.html']");
      browser.choose("#bookings-person", relativeRef);
      browser.click("[data-cancel='" + cancelled + "']");
      browser.step("cancel-ask");
      browser.click("[data-cancel-yes='" + cancelled + "']");
      browser.until(
          d ->
              d.findElement(By.cssSelector("[data-confirmation='" + cancelled + "']"))
                  .getText()
                  .contains(words.get(2)));
      browser.step("cancelled");

      // The relative is booked again, for good.
      browser.open("/queue.html?campaign=" + adults);
      browser.until(d -> d.getCurrentUrl().contains("book.html"));
      var relativeBooking = book(browser, "person-" + relativeRef);
      assertNotEquals(cancelled, relativeBooking);

      // A clinic records the person's two doses (through the REST API), and the pass shows.
      recordDoses(self);
      browser.click("nav a[href='pass.html']");
      browser.await("#pass-qr svg");
      assertTrue(browser.text("#pass-status").contains(words.get(3)), browser.text("#pass-status"));
      var code = browser.text("#check-in-code");
      browser.step("pass");
      // The check-in code renews itself before its 30 seconds run out.
      browser.until(d -> !d.findElement(By.id("check-in-code")).getText().equals(code));
      browser.await("#check-in svg");

      browser.assertAccessible();
      assertOnlyOwnOrigin(browser);
    }
  }

  private static void verify(SiteBrowser browser, ShowcaseResident person) {
    browser.type("#verify-number", person.rrn());
    browser.type("#verify-name", person.name());
    browser.click("#verify-form button[type=submit]");
    var demo = browser.text("#verify-demo");
    browser.type("#verify-code", demo.replaceAll(".*(\\d{6}).*", "$1"));
    browser.click("#verify-code-form button[type=submit]");
    browser.await("#step-who");
  }

  private static void representRelative(SiteBrowser browser, ShowcaseResident relative) {
    browser.type("#relative-number", relative.rrn());
    browser.type("#relative-name", relative.name());
    browser.click("#relative-form button[type=submit]");
    var demo = browser.text("#relative-demo");
    browser.type("#relative-code", demo.replaceAll(".*(\\d{6}).*", "$1"));
    browser.click("#relative-code-form button[type=submit]");
  }

  /** The ref of the index-th person the booking page offers (0: the holder). */
  private static String ref(SiteBrowser browser, int index) {
    browser.await("#step-who");
    return browser.until(
        d -> {
          var radios = d.findElements(By.cssSelector("#people input[type=radio]"));
          return radios.size() > index ? radios.get(index).getAttribute("value") : null;
        });
  }

  /** From "who" to the confirmation; answers the confirmation number. */
  private static String book(SiteBrowser browser, String personRadio) {
    browser.click("#" + personRadio);
    browser.click("#who-next");
    browser.await("#step-place");
    browser.until(d -> d.findElements(By.cssSelector("#province option")).size() > 1);
    browser.choose("#province", "11");
    browser.until(d -> d.findElements(By.cssSelector("#district option")).size() > 1);
    var districts =
        browser.driver().findElements(By.cssSelector("#district option")).stream()
            .map(option -> option.getAttribute("value"))
            .filter(value -> !value.isEmpty())
            .toList();
    for (var district : districts) {
      browser.choose("#district", district);
      var found =
          browser.until(
              d ->
                  !d.findElements(By.cssSelector("#clinics button[data-clinic]:enabled")).isEmpty()
                      || d.findElement(By.id("clinics")).getText().length() > 0
                          && d.findElements(By.cssSelector("#clinics button")).isEmpty());
      if (found
          && !browser
              .driver()
              .findElements(By.cssSelector("#clinics button[data-clinic]:enabled"))
              .isEmpty()) {
        break;
      }
    }
    browser.step("clinics");
    browser.click("#clinics button[data-clinic]:enabled");
    browser.await("#slot-picker [data-slot]");
    browser.step("times");
    browser.click("#slot-picker button[data-slot]:enabled");
    browser.await("#step-hold");
    browser.until(d -> d.findElements(By.cssSelector("#hold-doses li")).size() == 2);
    browser.step("hold");
    browser.click("#confirm");
    browser.await("#step-done");
    return browser.text("#done-number").replaceAll(".*?([A-Z0-9]{10}).*", "$1");
  }

  private static String doseTime(SiteBrowser browser, String confirmation, int dose) {
    return browser.text("[data-confirmation='" + confirmation + "'] [data-dose='" + dose + "']");
  }

  private static void recordDoses(ShowcaseResident person) {
    var now = OffsetDateTime.now(ZoneOffset.ofHours(9));
    for (var dose = 1; dose <= 2; dose++) {
      var report =
          Json.createObjectBuilder()
              .add(
                  "person",
                  Json.createObjectBuilder()
                      .add("registrationNumber", person.rrn())
                      .add("name", person.name()))
              .add("product", "PFIZER")
              .add("lot", "FF2587")
              .add("dose", dose)
              .add("givenAt", now.minusDays(90 - 30L * dose).toString())
              .build()
              .toString();
      var recorded = operator.post("/api/clinic/C110001/doses", report);
      assertEquals(201, recorded.status(), recorded::body);
    }
  }

  private static void assertOnlyOwnOrigin(SiteBrowser browser) {
    var origin = node.base().toString().replaceAll("/$", "");
    var requests = browser.requests();
    assertFalse(requests.isEmpty(), "the network log was read");
    for (var url : requests) {
      // data: URLs reach no host: Chromium's own style draws the date field's calendar with one.
      assertTrue(
          url.startsWith(origin + "/") || url.startsWith("data:"),
          () -> "a request to another origin: " + url);
    }
  }

  /**
   * The queue page keeps its place through a reload and a 30-second network cut, and waits out 503
   * answers as Retry-After says; the browser's place is the server's ticket, never the page's.
   * First, while no ticket was ever admitted: the admitter moves now-serving over ticket numbers
   * that nodes have reserved in blocks but not yet handed to anyone, so after admissions a new
   * ticket can find its turn already come even in a paused line (manuals/architecture.md).
   */
  @Test
  @Order(1)
  void theQueuePageSurvivesAReloadANetworkCutAndShedding() throws Exception {
    try (var front = new SheddingFront(node.base());
        var browser = new SiteBrowser(front.base(), SCREENSHOTS.resolve("queue"))) {
      Queue.steer(operator, adults, true, false, 1000);
      try {
        browser.open("/queue.html?campaign=" + adults);
        var place = browser.until(d -> position(d.findElement(By.id("queue-position")).getText()));
        measured("queue page bytes", weight(browser));
        browser.step("waiting");

        // At the front of the line (nobody ahead) the server asks for a poll every 2 s.
        browser.forgetRequests();
        Thread.sleep(60_000);
        var polls =
            browser.recentRequests().stream().filter(url -> url.endsWith("/status")).count();
        measured("status requests in a minute at the front", polls);
        assertTrue(polls >= 20 && polls <= 32, () -> polls + " polls in a minute, every 2 s asked");

        browser.driver().navigate().refresh();
        assertEquals(
            place, browser.until(d -> position(d.findElement(By.id("queue-position")).getText())));

        var offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver().setNetworkConditions(offline);
        browser.await("#notice");
        browser.step("offline");
        Thread.sleep(30_000);
        browser.driver().deleteNetworkConditions();
        browser.until(d -> !d.findElement(By.id("notice")).isDisplayed());
        assertEquals(
            place, browser.until(d -> position(d.findElement(By.id("queue-position")).getText())));

        front.shed("/status", 3, 2);
        browser.await("#notice");
        browser.step("busy");
        browser.until(d -> front.shedCount() == 3 && !d.findElement(By.id("notice")).isDisplayed());
        assertTrue(browser.driver().findElements(By.cssSelector("[role=alert]")).isEmpty());
        assertEquals(
            place, browser.until(d -> position(d.findElement(By.id("queue-position")).getText())));
      } finally {
        Queue.steer(operator, adults, false, false, 1000);
      }
      browser.until(d -> d.getCurrentUrl().contains("book.html"));
      browser.assertAccessible();
    }
  }

  /**
   * Bytes a page cost to load with everything it loaded, compressed as sent, on a first visit: the
   * issue's bound is 100 KB (performance.md records the figures this writes).
   */
  private static long weight(SiteBrowser browser) {
    var bytes = browser.bytesTransferred(url -> true);
    assertTrue(bytes > 1_000 && bytes < 100_000, () -> bytes + " bytes transferred");
    browser.forgetRequests();
    return bytes;
  }

  private static void measured(String what, long value) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.writeString(
        SCREENSHOTS.resolve("measured.txt"),
        what + ": " + value + System.lineSeparator(),
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** The number in "대기 순서 N번" / "Place N in line", or null while none is shown. */
  private static Long position(String line) {
    var digits = line.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? null : Long.valueOf(digits);
  }
}
