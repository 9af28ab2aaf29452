package org.vaxline.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How often codes may be sent: a pause between two codes to the same person, a ceiling per person
 * per window, and a ceiling per client address per window (many people share an address behind a
 * mobile carrier's NAT, so that ceiling is generous and configurable). A send at instant t counts
 * while now is before t + window.
 *
 * @param pause minimum time between two codes for one person
 * @param perPerson codes one person may be sent within {@code window}
 * @param perClient codes one client address may ask for within {@code window}
 */
public record SendLimits(Duration pause, int perPerson, int perClient, Duration window) {

  public SendLimits {
    if (perPerson < 1
        || perClient < 1
        || pause.isNegative()
        || window.isNegative()
        || window.isZero()) {
      throw new IllegalArgumentException("send limits are positive");
    }
  }

  /**
   * When the next send would be allowed, or empty if it is allowed now.
   *
   * @param toPerson earlier sends to the same person, oldest first
   * @param fromClient earlier sends asked by the same client address, oldest first
   */
  public Optional<Instant> refusedUntil(
      List<Instant> toPerson, List<Instant> fromClient, Instant now) {
    Instant until = null;
    if (!toPerson.isEmpty()) {
      var pauseEnds = toPerson.get(toPerson.size() - 1).plus(pause);
      if (now.isBefore(pauseEnds)) {
        until = pauseEnds;
      }
    }
    until = later(until, ceiling(toPerson, perPerson, now));
    until = later(until, ceiling(fromClient, perClient, now));
    return Optional.ofNullable(until);
  }

  /** The earliest instant at which fewer than {@code limit} sends remain in the window. */
  private Instant ceiling(List<Instant> sends, int limit, Instant now) {
    var inWindow = sends.stream().filter(t -> now.isBefore(t.plus(window))).toList();
    return inWindow.size() < limit ? null : inWindow.get(inWindow.size() - limit).plus(window);
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }
}
