package org.vaxline.waitingroom.entity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a ticket will still wait, as a range measured from the admission rate, never from a
 * configured guess (ARCHITECTURE.md principle 2: in 2021 a guessed rate told people "93 hours").
 * Unknown, as {@code Optional.empty()}, while less than a minute of admissions has been measured,
 * while the admitter stands still, and for a wait too long to state.
 */
public record WaitEstimate(Duration low, Duration high) {

  static final Duration RECENT = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofMinutes(5);

  /** Half the range's least width, relative to its middle: a steady minute is no promise. */
  static final double LEAST_HALF_WIDTH = 0.10;

  private static final double LONGEST_STATED_SECONDS = 1e15;

  public WaitEstimate {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.isNegative() || high.compareTo(low) < 0) {
      throw new IllegalArgumentException("not a range of waits: " + low + " to " + high);
    }
  }

  /**
   * The wait of a ticket with {@code ahead} people before it: the time for {@code ahead + 1}
   * admissions (its own included) at two measured rates. One is the rate of the last minute; the
   * other blends it half and half with the rate of the longest history available, up to five
   * minutes. The range runs between the waits at the faster and the slower of the two, and is at
   * least ±10 % of its middle. So when the admitter changes pace, the rates behind the middle lean
   * three parts to one on the last minute, and the range widens with the change.
   */
  public static Optional<WaitEstimate> of(long ahead, AdmissionHistory history) {
    if (ahead < 0) {
      throw new IllegalArgumentException("people ahead cannot be negative: " + ahead);
    }
    var longest = history.admissionSpan();
    if (longest.compareTo(RECENT) < 0) {
      return Optional.empty();
    }
    if (longest.compareTo(LONGEST) > 0) {
      longest = LONGEST;
    }
    double recent = history.rate(RECENT).orElse(0);
    double blended = (recent + history.rate(longest).orElse(0)) / 2;
    if (recent <= 0 || blended <= 0) {
      return Optional.empty();
    }
    double admissions = ahead + 1.0;
    double fast = admissions / Math.max(recent, blended);
    double slow = admissions / Math.min(recent, blended);
    double middle = (fast + slow) / 2;
    double halfWidth = Math.max((slow - fast) / 2, middle * LEAST_HALF_WIDTH);
    if (!(middle + halfWidth < LONGEST_STATED_SECONDS)) {
      return Optional.empty();
    }
    return Optional.of(new WaitEstimate(seconds(middle - halfWidth), seconds(middle + halfWidth)));
  }

  public Duration midpoint() {
    return low.plus(high).dividedBy(2);
  }

  private static Duration seconds(double seconds) {
    long whole = (long) seconds;
    return Duration.ofSeconds(whole, Math.round((seconds - whole) * 1e9));
  }
}
