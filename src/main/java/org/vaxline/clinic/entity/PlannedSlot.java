package org.vaxline.clinic.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.vaxline.platform.control.KoreaTime;

/**
 * A slot the planner proposes: from {@code start} inclusive to {@code end} exclusive, wall-clock
 * time in Korea, offering {@code capacity} doses of one product. A slot that would offer nothing is
 * never planned, so capacity is at least 1.
 */
public record PlannedSlot(
    LocalDateTime start, LocalDateTime end, String productCode, int capacity) {

  public PlannedSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a slot must end after it starts: " + start + "–" + end);
    }
    if (productCode == null || productCode.isBlank()) {
      throw new IllegalArgumentException("a slot offers one product");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "a planned slot offers at least one dose, not " + capacity);
    }
  }

  public LocalDate day() {
    return start.toLocalDate();
  }

  /** The start as an instant, whatever the server's own zone. */
  public Instant startsAt() {
    return start.atZone(KoreaTime.ZONE).toInstant();
  }

  public Instant endsAt() {
    return end.atZone(KoreaTime.ZONE).toInstant();
  }
}
