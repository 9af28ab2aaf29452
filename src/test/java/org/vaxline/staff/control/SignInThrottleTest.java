package org.vaxline.staff.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.SettableClock;

class SignInThrottleTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2021-07-12T11:00:00Z"));
  private final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void fourWrongPasswordsStillAllowAFifthTry() {
    fail(4);
    assertTrue(throttle.mayTry("operator"));
  }

  @Test
  void afterFiveWrongPasswordsTheAccountPausesUntilOneMinuteAfterTheLast() {
    fail(5);
    assertFalse(throttle.mayTry("operator"));
    clock.advance(Duration.ofMinutes(1).minusMillis(1));
    assertFalse(throttle.mayTry("operator"), "one millisecond before the minute is up");
    clock.advance(Duration.ofMillis(1));
    assertTrue(throttle.mayTry("operator"), "exactly one minute after the last failure");
  }

  @Test
  void aFailureAfterThePauseStartsItAgain() {
    fail(5);
    clock.advance(Duration.ofMinutes(1));
    throttle.failed("operator");
    assertFalse(throttle.mayTry("operator"));
  }

  @Test
  void aSuccessClearsTheCountAndOtherAccountsAreNotAffected() {
    fail(5);
    assertTrue(throttle.mayTry("clinic1"));
    throttle.succeeded("operator");
    assertTrue(throttle.mayTry("operator"));
  }

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed("operator");
    }
  }
}
