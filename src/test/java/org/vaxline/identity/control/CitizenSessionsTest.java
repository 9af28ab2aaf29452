package org.vaxline.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.SettableClock;

@Tag("time-rules")
class CitizenSessionsTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private final SettableClock clock = new SettableClock(Instant.parse("2021-08-09T11:00:00Z"));
  private final CitizenSessions sessions = new CitizenSessions(clock, KEY);

  @Test
  void aSignedSessionReadsBackWithWhomItMayActFor() {
    var session = sessions.open(7).actingAlsoFor(9);
    var read = sessions.read(sessions.sign(session)).orElseThrow();
    assertEquals(session, read);
    assertTrue(read.mayActFor(7) && read.mayActFor(9) && !read.mayActFor(8));
  }

  @Test
  void aSessionLastsTwentyMinutesToTheMillisecond() {
    var token = sessions.sign(sessions.open(7));
    clock.advance(Duration.ofMinutes(20).minusMillis(1));
    assertTrue(sessions.read(token).isPresent());
    clock.advance(Duration.ofMillis(1));
    assertTrue(sessions.read(token).isEmpty());
    assertThrows(SessionRequired.class, () -> sessions.require(token));
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    var other =
        new CitizenSessions(
            clock, "another-key-another-key-another-k".getBytes(StandardCharsets.UTF_8));
    assertTrue(sessions.read(other.sign(other.open(7))).isEmpty());
  }

  @Test
  void aTokenWhosePayloadWasChangedIsRefused() {
    var parts = sessions.sign(sessions.open(7)).split("\\.");
    var forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"sub\":\"7\"", "\"sub\":\"8\"")
                    .getBytes(StandardCharsets.UTF_8));
    assertTrue(sessions.read(parts[0] + "." + forged + "." + parts[2]).isEmpty());
  }

  @Test
  void anUnsignedTokenIsRefused() {
    var header = encode("{\"alg\":\"none\",\"typ\":\"vaxline-session+jwt\"}");
    var payload = encode("{\"sub\":\"7\",\"exp\":9999999999,\"act\":[]}");
    assertTrue(sessions.read(header + "." + payload + ".").isEmpty());
  }

  @Test
  void garbageIsNoSession() {
    for (var token : new String[] {null, "", "a.b.c", "x".repeat(5000)}) {
      assertTrue(sessions.read(token).isEmpty());
    }
  }

  @Test
  void theCookieIsHttpOnlyStrictAndSecureOnlyOverTls() {
    var session = sessions.open(7);
    var plain = sessions.cookie(session, false);
    assertTrue(plain.isHttpOnly());
    assertEquals(jakarta.ws.rs.core.NewCookie.SameSite.STRICT, plain.getSameSite());
    assertEquals(1200, plain.getMaxAge());
    assertEquals(false, plain.isSecure());
    assertTrue(sessions.cookie(session, true).isSecure());
    assertEquals(Set.of(), session.actingFor());
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
