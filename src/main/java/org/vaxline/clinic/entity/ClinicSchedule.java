package org.vaxline.clinic.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A clinic's weekly template together with the dates that depart from it. */
public record ClinicSchedule(WeeklyTemplate template, List<ScheduleException> exceptions) {

  public ClinicSchedule {
    Objects.requireNonNull(template, "template");
    exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    var dates = new TreeMap<LocalDate, ScheduleException>();
    for (var exception : exceptions) {
      // Two exceptions on one date leave it unclear which hours hold: staff must pick one.
      if (dates.put(exception.date(), exception) != null) {
        throw new IllegalArgumentException("two exceptions on " + exception.date());
      }
      exception.hours().requireRoomForOneSlot(template.slotLength(), exception.date());
    }
  }

  public OpeningHours hoursOn(LocalDate date) {
    return exceptions.stream()
        .filter(e -> e.date().equals(date))
        .findFirst()
        .map(ScheduleException::hours)
        .orElseGet(() -> template.hoursOn(date.getDayOfWeek()));
  }

  /**
   * The slots of one day at the template's capacities, in time order. Each session is cut into
   * slots from its opening; a slot that would run past the closing time is not offered, since
   * nobody should be booked for a time the clinic is closed.
   */
  public List<PlannedSlot> slotsOn(LocalDate date) {
    var slots = new ArrayList<PlannedSlot>();
    for (var session : hoursOn(date).sessions()) {
      var closes = date.atTime(session.closes());
      var start = date.atTime(session.opens());
      for (var end = start.plus(template.slotLength());
          !end.isAfter(closes);
          start = end, end = end.plus(template.slotLength())) {
        addOffers(slots, start, end);
      }
    }
    return List.copyOf(slots);
  }

  private void addOffers(List<PlannedSlot> slots, LocalDateTime start, LocalDateTime end) {
    for (Map.Entry<String, Integer> offer : template.dosesPerSlot().entrySet()) {
      if (offer.getValue() > 0) {
        slots.add(new PlannedSlot(start, end, offer.getKey(), offer.getValue()));
      }
    }
  }
}
