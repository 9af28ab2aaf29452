package org.vaxline.sms.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final Instant FAILED = Instant.parse("2021-07-19T11:00:00Z");
  private final RetryPolicy retries =
      new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(60));

  @Test
  void theFirstFailureIsTriedAgainTenSecondsLater() {
    assertEquals(Optional.of(FAILED.plusSeconds(10)), retries.retryAt(1, FAILED));
  }

  @Test
  void eachFailureDoublesTheWaitUpToTheCap() {
    assertEquals(Optional.of(FAILED.plusSeconds(20)), retries.retryAt(2, FAILED));
    assertEquals(Optional.of(FAILED.plusSeconds(40)), retries.retryAt(3, FAILED));
    assertEquals(Optional.of(FAILED.plusSeconds(60)), retries.retryAt(4, FAILED));
  }

  @Test
  void theLastAttemptGivesUp() {
    assertEquals(Optional.empty(), retries.retryAt(5, FAILED));
  }

  @Test
  void aHugeAttemptCountStaysAtTheCapWithoutOverflow() {
    var reconnects =
        new RetryPolicy(Integer.MAX_VALUE, Duration.ofSeconds(1), Duration.ofMinutes(1));
    assertEquals(
        Optional.of(FAILED.plusSeconds(60)), reconnects.retryAt(Integer.MAX_VALUE - 1, FAILED));
  }

  @Test
  void aPolicyWithoutAttemptsOrWithACapBelowTheFirstWaitCannotExist() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(1)));
  }
}
