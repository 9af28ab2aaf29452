package org.vaxline.clinic.entity;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A slot that already exists, as the budget needs to see it. Every seat of it is a promise of a
 * dose, booked or not: a free seat can be booked at any moment by the guarded update {@code booked
 * < capacity} (ARCHITECTURE.md principle 4), which does not look at the stock again.
 *
 * @param start wall-clock time in Korea
 * @param administered doses already given in this slot; they are in the ledger's administered count
 *     too, so they no longer weigh on the stock as a promise
 */
public record OfferedSlot(LocalDateTime start, String productCode, int capacity, int administered) {

  public OfferedSlot {
    Objects.requireNonNull(start, "start");
    if (productCode == null || productCode.isBlank()) {
      throw new IllegalArgumentException("a slot offers one product");
    }
    if (capacity < 0 || administered < 0) {
      throw new IllegalArgumentException(
          "capacity and administered are 0 or more: " + capacity + ", " + administered);
    }
  }

  /**
   * The doses still to leave the stock through this slot. Never below 0: a leftover dose given
   * beyond the capacity is counted once, in the ledger.
   */
  public int outstanding() {
    return Math.max(0, capacity - administered);
  }
}
