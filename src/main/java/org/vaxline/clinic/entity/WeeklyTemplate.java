package org.vaxline.clinic.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A clinic's usual week: the opening hours of each day (a day not in {@code week} is closed), the
 * length of one slot and how many doses of each product one slot offers. Slots are cut from the
 * opening of each session; a remainder shorter than a slot at the end of a session stays unbooked.
 *
 * @param dosesPerSlot by product code; 0 keeps a product listed but offers none of it
 */
public record WeeklyTemplate(
    Map<DayOfWeek, OpeningHours> week, Duration slotLength, Map<String, Integer> dosesPerSlot) {

  private static final Duration ONE_DAY = Duration.ofDays(1);

  public WeeklyTemplate {
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(slotLength, "slotLength");
    Objects.requireNonNull(dosesPerSlot, "dosesPerSlot");
    requireWholeMinutes(slotLength);
    week = Map.copyOf(week);
    week.forEach((day, hours) -> hours.requireRoomForOneSlot(slotLength, day));
    dosesPerSlot = validCapacities(dosesPerSlot);
  }

  public OpeningHours hoursOn(DayOfWeek day) {
    return week.getOrDefault(day, OpeningHours.CLOSED);
  }

  /** Slots are whole minutes so that they line up with the whole-minute session times. */
  private static void requireWholeMinutes(Duration slotLength) {
    if (slotLength.isNegative()
        || slotLength.isZero()
        || slotLength.compareTo(ONE_DAY) >= 0
        || !slotLength.equals(Duration.ofMinutes(slotLength.toMinutes()))) {
      throw new IllegalArgumentException(
          "a slot lasts a positive whole number of minutes within a day, not " + slotLength);
    }
  }

  private static Map<String, Integer> validCapacities(Map<String, Integer> dosesPerSlot) {
    if (dosesPerSlot.isEmpty()) {
      throw new IllegalArgumentException("a template offers at least one product");
    }
    var sorted = new TreeMap<String, Integer>();
    dosesPerSlot.forEach(
        (product, doses) -> {
          if (product == null || product.isBlank()) {
            throw new IllegalArgumentException("a product code is required");
          }
          if (doses == null || doses < 0) {
            throw new IllegalArgumentException(
                "doses per slot of " + product + " must be 0 or more, not " + doses);
          }
          sorted.put(product, doses);
        });
    // Sorted, so that plans list products in the same order every time.
    return Collections.unmodifiableMap(sorted);
  }
}
