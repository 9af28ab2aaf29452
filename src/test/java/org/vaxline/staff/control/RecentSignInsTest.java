package org.vaxline.staff.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.SettableClock;

class RecentSignInsTest {

  private static final String HASH = "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==";

  private final SettableClock clock = new SettableClock(Instant.parse("2021-07-12T11:00:00Z"));
  private final RecentSignIns recent = new RecentSignIns(clock);

  @Test
  void aVerifiedPasswordIsRememberedUntilFiveMinutesHavePassed() {
    recent.remember("operator", HASH, "correct horse");
    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    assertTrue(recent.remembers("operator", HASH, "correct horse"));
    clock.advance(Duration.ofMillis(1));
    assertFalse(recent.remembers("operator", HASH, "correct horse"), "exactly five minutes later");
  }

  @Test
  void onlyTheSamePasswordAgainstTheSameStoredHashIsRemembered() {
    recent.remember("operator", HASH, "correct horse");
    assertFalse(recent.remembers("operator", HASH, "wrong horse"));
    assertFalse(recent.remembers("operator", HASH + "changed", "correct horse"));
    assertFalse(recent.remembers("operator2", HASH, "correct horse"));
  }

  @Test
  void forgettingEndsItAtOnce() {
    recent.remember("operator", HASH, "correct horse");
    recent.forget("operator");
    assertFalse(recent.remembers("operator", HASH, "correct horse"));
  }
}
