package org.vaxline.allocation.entity;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A slot's counter as JCache holds it: the capacity and confirmed bookings the database last said,
 * and the seats held for people who are confirming (hold id to expiry, epoch milliseconds). A hold
 * past its expiry takes no seat, whether or not anyone has removed it yet, so an abandoned hold
 * gives its seat back at the exact instant it expires. {@code version} grows with every change, so
 * a node can tell a newer count from an older one.
 */
public record SlotCount(int capacity, int booked, Map<String, Long> holds, long version)
    implements Serializable {

  public SlotCount {
    if (capacity < 0 || booked < 0) {
      throw new IllegalArgumentException("capacity and bookings are never negative");
    }
    holds = Map.copyOf(holds);
  }

  /**
   * A counter rebuilt from the database: no holds survive a lost cache. Its version starts from the
   * clock (a thousand steps a millisecond), so a rebuilt counter is newer than the lost one.
   */
  public static SlotCount of(int capacity, int booked, long now) {
    return new SlotCount(capacity, booked, Map.of(), now * 1000);
  }

  public int available(long now) {
    return Math.max(0, capacity - booked - liveHolds(now));
  }

  public boolean holds(String hold, long now) {
    var expiresAt = holds.get(hold);
    return expiresAt != null && now < expiresAt;
  }

  /** With one more seat held until {@code expiresAt}; null when no seat is free. */
  public SlotCount held(String hold, long expiresAt, long now) {
    if (holds(hold, now)) {
      return this;
    }
    if (available(now) <= 0) {
      return null;
    }
    var next = live(now);
    next.put(hold, expiresAt);
    return new SlotCount(capacity, booked, next, version + 1);
  }

  public SlotCount released(String hold, long now) {
    var next = live(now);
    next.remove(hold);
    return new SlotCount(capacity, booked, next, version + 1);
  }

  /**
   * The database has confirmed a booking: the hold, if still here, becomes a booked seat. It is
   * counted even when the hold was lost (a cache rebuilt meanwhile), since the database said yes.
   */
  public SlotCount confirmed(String hold, long now) {
    return confirmed(List.of(hold), now);
  }

  /**
   * The database has confirmed the bookings of several holds (a batch of confirmations): one change
   * for all of them, so a hot slot's counter, whose holds are many, is copied and replicated once a
   * batch rather than once a person.
   */
  public SlotCount confirmed(Collection<String> confirmedHolds, long now) {
    var next = live(now);
    confirmedHolds.forEach(next::remove);
    return new SlotCount(capacity, booked + confirmedHolds.size(), next, version + 1);
  }

  /** A booking was cancelled or moved away. */
  public SlotCount givenBack(long now) {
    return new SlotCount(capacity, Math.max(0, booked - 1), live(now), version + 1);
  }

  /** The database's figures, keeping the holds that are still live. */
  public SlotCount corrected(int newCapacity, int newBooked, long now) {
    return new SlotCount(newCapacity, newBooked, live(now), version + 1);
  }

  private int liveHolds(long now) {
    int live = 0;
    for (var expiresAt : holds.values()) {
      if (now < expiresAt) {
        live++;
      }
    }
    return live;
  }

  private Map<String, Long> live(long now) {
    var live = new HashMap<String, Long>();
    holds.forEach(
        (hold, expiresAt) -> {
          if (now < expiresAt) {
            live.put(hold, expiresAt);
          }
        });
    return live;
  }
}
