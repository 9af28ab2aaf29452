package org.vaxline.waitingroom.entity;

import java.time.Duration;
import java.util.Optional;

/**
 * When a waiting client should poll next, so that polling load stays bounded however long the queue
 * (ARCHITECTURE.md principle 2: the server tells each client how long to wait, longer when far
 * back). About a tenth of the estimated wait, so the shown wait moves in steps of about 10 %; while
 * the wait is unknown, growing with the square root of the people ahead. Always whole seconds
 * between 2 and 60, as an HTTP Retry-After header carries them (RFC 9110, section 10.2.3).
 */
public final class PollInterval {

  static final Duration SHORTEST = Duration.ofSeconds(2);
  static final Duration LONGEST = Duration.ofSeconds(60);

  /** Up to this many people ahead, an unknown wait polls at the shortest interval. */
  static final long NEAR = 100;

  private PollInterval() {}

  /**
   * @param ahead people ahead of the ticket
   * @param estimate its estimated wait, if known
   */
  public static Duration retryAfter(long ahead, Optional<WaitEstimate> estimate) {
    if (ahead < 0) {
      throw new IllegalArgumentException("people ahead cannot be negative: " + ahead);
    }
    double seconds =
        estimate
            .map(e -> e.midpoint().toMillis() / 10_000.0)
            .orElseGet(() -> SHORTEST.toSeconds() * Math.sqrt((double) ahead / NEAR));
    long whole = (long) Math.ceil(seconds);
    return Duration.ofSeconds(Math.max(SHORTEST.toSeconds(), Math.min(LONGEST.toSeconds(), whole)));
  }
}
