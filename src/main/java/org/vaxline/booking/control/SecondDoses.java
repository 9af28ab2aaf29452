package org.vaxline.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Optional;
import org.vaxline.allocation.control.Allocation;
import org.vaxline.allocation.control.Availability;
import org.vaxline.allocation.control.Availability.Seats;
import org.vaxline.allocation.control.SeatRefused;
import org.vaxline.allocation.entity.SlotFacts;
import org.vaxline.booking.entity.Hold;
import org.vaxline.platform.control.KoreaTime;

/**
 * The second dose's seat, held in the same step as the first (as KDCA's 2021 system booked it): at
 * the same clinic, with the same product, on the first day of the interval at the same time of day
 * when free, else the earliest free slot within the interval; or the slot the person chose, if it
 * lies within the interval.
 */
@ApplicationScoped
public class SecondDoses {

  /** Candidates tried when others take the same seats at the same moment. */
  private static final int ATTEMPTS = 5;

  @Inject Allocation allocation;
  @Inject Availability availability;

  long holdChosen(SlotFacts second, SlotFacts first, DosePlan plan, Hold hold) {
    if (second.clinic() != first.clinic() || !second.product().equals(first.product())) {
      throw BookingRefused.secondDoseMismatch();
    }
    plan.requireSecondOn(KoreaTime.date(second.startsAt()));
    allocation.hold(second.id(), hold.id(), hold.expiresAt());
    return second.id();
  }

  long holdDefault(SlotFacts first, DosePlan plan, Hold hold) {
    var query =
        new Availability.Query(
            first.campaign(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(first.clinic()),
            Optional.of(first.product()),
            KoreaTime.startOf(plan.secondFrom()),
            KoreaTime.startOf(plan.secondUntil().plusDays(1)));
    var sameTime = LocalTime.ofInstant(first.startsAt(), KoreaTime.ZONE);
    var candidates =
        availability.find(query, Integer.MAX_VALUE).stream()
            .filter(seats -> seats.seatsLeft() > 0)
            .sorted(Comparator.comparing((Seats seats) -> !isPreferred(seats, plan, sameTime)))
            .limit(ATTEMPTS)
            .toList();
    for (var candidate : candidates) {
      try {
        allocation.hold(candidate.slot().id(), hold.id(), hold.expiresAt());
        return candidate.slot().id();
      } catch (SeatRefused taken) {
        // Someone took the last seat since the board was read; try the next candidate.
      }
    }
    throw BookingRefused.secondDoseUnavailable();
  }

  private static boolean isPreferred(Seats seats, DosePlan plan, LocalTime sameTime) {
    var starts = seats.slot().startsAt().atZone(KoreaTime.ZONE);
    return starts.toLocalDate().equals(plan.secondFrom()) && starts.toLocalTime().equals(sameTime);
  }
}
