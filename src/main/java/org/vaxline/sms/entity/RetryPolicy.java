package org.vaxline.sms.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message that failed is tried again: after {@code first}, doubling each time up to {@code
 * cap}, and not after {@code maxAttempts} attempts in all.
 */
public record RetryPolicy(int maxAttempts, Duration first, Duration cap) {

  public RetryPolicy {
    if (maxAttempts < 1 || first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
      throw new IllegalArgumentException("at least one attempt, and 0 < first <= cap");
    }
  }

  /**
   * @param attempts how many attempts were made so far, the failed one included
   * @return when to try again, or empty to give up
   */
  public Optional<Instant> retryAt(int attempts, Instant failedAt) {
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    var wait = first;
    for (int i = 1; i < attempts && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return Optional.of(failedAt.plus(wait.compareTo(cap) < 0 ? wait : cap));
  }
}
