package org.vaxline.waitingroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.SettableClock;
import org.vaxline.waitingroom.entity.Ticket;

@Tag("time-rules")
class AdmissionTokensTest {

  private static final byte[] KEY =
      "admission-key-admission-key-0123".getBytes(StandardCharsets.UTF_8);
  private static final Ticket TICKET =
      new Ticket("t-1", 7, false, 42, Instant.parse("2021-07-19T11:00:00Z"));

  private final SettableClock clock = new SettableClock(Instant.parse("2021-07-19T11:05:00Z"));
  private final AdmissionTokens tokens = new AdmissionTokens(KEY, clock);

  @Test
  void anAdmissionReadsBackForItsCampaignAndBrowser() {
    var admission = tokens.admit(TICKET, "browser-a");
    var read = tokens.read(tokens.sign(admission), 7, "browser-a").orElseThrow();
    assertEquals(admission, read);
    assertEquals("t-1", read.ticket());
  }

  @Test
  void anAdmissionLastsTenMinutesToTheMillisecond() {
    var token = tokens.sign(tokens.admit(TICKET, "browser-a"));
    clock.advance(Duration.ofMinutes(10).minusMillis(1));
    assertTrue(tokens.read(token, 7, "browser-a").isPresent());
    clock.advance(Duration.ofMillis(1));
    assertTrue(tokens.read(token, 7, "browser-a").isEmpty());
  }

  @Test
  void anotherCampaignOrAnotherBrowserIsRefused() {
    var token = tokens.sign(tokens.admit(TICKET, "browser-a"));
    assertTrue(tokens.read(token, 8, "browser-a").isEmpty(), "other campaign");
    assertTrue(tokens.read(token, 7, "browser-b").isEmpty(), "other browser");
    assertTrue(tokens.read(token, 7, null).isEmpty(), "no browser");
  }

  @Test
  void aForgedTokenOrOneSignedWithAnotherKeyIsRefused() {
    var token = tokens.sign(tokens.admit(TICKET, "browser-a"));
    var forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
    assertTrue(tokens.read(forged, 7, "browser-a").isEmpty());
    var other =
        new AdmissionTokens(
            "another-key-another-key-another-k".getBytes(StandardCharsets.UTF_8), clock);
    assertTrue(tokens.read(other.sign(other.admit(TICKET, "browser-a")), 7, "browser-a").isEmpty());
  }

  @Test
  void aQueueTicketIsNoAdmission() {
    var ticket = new Tickets(KEY).sign(TICKET);
    assertTrue(tokens.read(ticket, 7, "browser-a").isEmpty());
  }
}
