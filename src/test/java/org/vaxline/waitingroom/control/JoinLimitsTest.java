package org.vaxline.waitingroom.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.SettableClock;

@Tag("time-rules")
class JoinLimitsTest {

  // 20:00:00.000 KST, the minute a 2021 cohort opened.
  private final SettableClock clock = new SettableClock(Instant.parse("2021-07-19T11:00:00Z"));
  private final JoinLimits limits = new JoinLimits(clock, 3);

  @Test
  void anAddressMayJoinUpToTheLimitInOneMinute() {
    joinThreeTimes("203.0.113.7");
    var refused = assertThrows(JoinLimited.class, () -> limits.count("203.0.113.7"));
    assertEquals(URI.create("urn:vaxline:problem:join-rate-limited"), refused.problem().type());
    assertEquals(429, refused.problem().status());
    assertEquals(Optional.of(Duration.ofMinutes(1)), refused.retryAfter());
  }

  @Test
  void otherAddressesAreCountedApart() {
    joinThreeTimes("203.0.113.7");
    assertDoesNotThrow(() -> limits.count("198.51.100.1"));
  }

  @Test
  void theCountStartsAgainWhenTheMinuteTurnsAndNotAMillisecondBefore() {
    joinThreeTimes("203.0.113.7");
    clock.advance(Duration.ofSeconds(59).plusMillis(999));
    var refused = assertThrows(JoinLimited.class, () -> limits.count("203.0.113.7"));
    assertEquals(Optional.of(Duration.ofMillis(1)), refused.retryAfter());
    clock.advance(Duration.ofMillis(1));
    assertDoesNotThrow(() -> limits.count("203.0.113.7"));
  }

  @Test
  void aLimitBelowOneIsAConfigurationError() {
    assertThrows(IllegalArgumentException.class, () -> new JoinLimits(clock, 0));
  }

  private void joinThreeTimes(String address) {
    for (int join = 0; join < 3; join++) {
      limits.count(address);
    }
  }
}
