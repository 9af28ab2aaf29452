package org.vaxline.booking.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Seats kept for a person while they confirm: {@link #LIFETIME} from the hold, then given back by
 * themselves. Kept in JCache as JSON, so any node can confirm it.
 *
 * @param admission the id of the admission the booking will spend
 */
public record Hold(
    String id,
    long campaign,
    long person,
    long bookedBy,
    String admission,
    List<HeldDose> doses,
    Instant expiresAt) {

  public static final Duration LIFETIME = Duration.ofMinutes(3);

  public Hold {
    doses = List.copyOf(doses);
    if (doses.isEmpty()) {
      throw new IllegalArgumentException("a hold keeps at least one seat");
    }
  }

  /** Live until, not at, its expiry instant. */
  public boolean isLive(Instant now) {
    return now.isBefore(expiresAt);
  }

  /** One dose's seat: which dose, on which slot. */
  public record HeldDose(int dose, long slot) {}
}
