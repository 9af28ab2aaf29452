package org.vaxline.pass.verifier;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * The answer of {@link PassRules#evaluate} at one instant.
 *
 * @param validFrom when the deciding record starts to count: for a valid pass, when it became
 *     valid; for {@link PassReason#NOT_YET_VALID}, when it will; for {@link PassReason#EXPIRED},
 *     when the record that ran out last had started; null when nothing qualifies
 * @param validUntil the first instant it no longer counts (exclusive); null for no expiry
 */
public record PassStatus(PassReason reason, Instant validFrom, Instant validUntil) {

  public PassStatus {
    Objects.requireNonNull(reason, "reason");
    if ((validFrom == null) != (reason == PassReason.NO_QUALIFYING_RECORD)) {
      throw new IllegalArgumentException(reason + " with validFrom " + validFrom);
    }
    if (reason == PassReason.EXPIRED && validUntil == null) {
      throw new IllegalArgumentException("an expired pass needs the instant it expired");
    }
    if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
      throw new IllegalArgumentException(
          "validUntil " + validUntil + " is not after validFrom " + validFrom);
    }
  }

  public boolean valid() {
    return reason.valid();
  }

  /** The sound the venue hears: a voice when valid, a chime when not. */
  public Cue cue() {
    return Cue.of(valid());
  }

  /**
   * Any one record that covers the instant makes the pass valid; the one lasting longest is
   * reported. Otherwise the next record to start, then the last to have run out, says why not.
   */
  static PassStatus decide(Iterable<PassWindow> windows, Instant at) {
    PassWindow best = null;
    PassWindow next = null;
    PassWindow last = null;
    for (var window : windows) {
      if (window.covers(at)) {
        best = PassWindow.LASTING_LONGEST.compare(window, best) < 0 ? window : best;
      } else if (window.opensAfter(at)) {
        next = next == null || STARTING_FIRST.compare(window, next) < 0 ? window : next;
      } else if (last == null || window.until().isAfter(last.until())) {
        last = window;
      }
    }
    if (best != null) {
      return new PassStatus(best.reason(), best.from(), best.until());
    }
    if (next != null) {
      return new PassStatus(PassReason.NOT_YET_VALID, next.from(), next.until());
    }
    if (last != null) {
      return new PassStatus(PassReason.EXPIRED, last.from(), last.until());
    }
    return new PassStatus(PassReason.NO_QUALIFYING_RECORD, null, null);
  }

  private static final Comparator<PassWindow> STARTING_FIRST =
      Comparator.comparing(PassWindow::from).thenComparing(PassWindow.LASTING_LONGEST);
}
