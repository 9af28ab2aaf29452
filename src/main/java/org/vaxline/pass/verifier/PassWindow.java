package org.vaxline.pass.verifier;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * The span one record counts for: from {@code from} inclusive until {@code until} exclusive (null:
 * no expiry).
 */
record PassWindow(PassReason reason, Instant from, Instant until) {

  /**
   * Orders the window that lasts longest first (no expiry beats any expiry); a tie goes to the
   * reason declared first. A null window sorts last, so the first window found always wins.
   */
  static final Comparator<PassWindow> LASTING_LONGEST =
      Comparator.nullsLast(
          Comparator.comparing(
                  PassWindow::until, Comparator.nullsFirst(Comparator.<Instant>reverseOrder()))
              .thenComparing(PassWindow::reason));

  PassWindow {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(from, "from");
    if (until != null && !until.isAfter(from)) {
      throw new IllegalArgumentException("window ends at " + until + ", not after " + from);
    }
  }

  boolean covers(Instant at) {
    return !at.isBefore(from) && (until == null || at.isBefore(until));
  }

  boolean opensAfter(Instant at) {
    return at.isBefore(from);
  }
}
