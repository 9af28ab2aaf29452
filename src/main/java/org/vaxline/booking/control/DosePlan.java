package org.vaxline.booking.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.vaxline.booking.entity.BookedDose;
import org.vaxline.vaccine.entity.DoseSchedule;

/**
 * Which doses one booking step books, by the KDCA schedule of 2021: a first dose comes with the
 * rest of its primary series (the second dose of a two-dose product is booked in the same step,
 * from {@code intervalDays} to {@code maxIntervalDays} after the first, same clinic and product); a
 * person whose primary series is booked or given may book a booster from {@code
 * boosterIntervalDays} after its last dose; a person whose later primary dose was cancelled books
 * it alone. Dates are Korean calendar dates.
 *
 * @param doses the dose numbers to book, in order
 * @param secondFrom for a step booking two doses: the first day allowed for the second
 * @param secondUntil for a step booking two doses: the last day allowed for the second
 */
public record DosePlan(List<Integer> doses, LocalDate secondFrom, LocalDate secondUntil) {

  public static DosePlan of(
      DoseSchedule product,
      Function<String, DoseSchedule> schedules,
      List<BookedDose> held,
      LocalDate birthDate,
      LocalDate date) {
    if (Period.between(birthDate, date).getYears() < product.minAge()) {
      throw BookingRefused.productNotAllowed(product.product(), product.minAge());
    }
    if (held.isEmpty()) {
      return product.primaryDoses() == 1
          ? new DosePlan(List.of(1), null, null)
          : new DosePlan(List.of(1, 2), product.nextDoseFrom(date), product.nextDoseUntil(date));
    }
    var first = held.stream().filter(dose -> dose.dose() == 1).findFirst();
    if (first.isEmpty()) {
      throw BookingRefused.alreadyBooked(); // a booster without its series: nothing sensible
    }
    var series = schedules.apply(first.get().product());
    var last = held.stream().max(Comparator.comparingInt(BookedDose::dose)).orElseThrow();
    if (last.dose() < series.primaryDoses()) {
      return resume(series, product, last, date);
    }
    return booster(series, product, last, date);
  }

  /** A later primary dose booked alone, after it was cancelled. */
  private static DosePlan resume(
      DoseSchedule series, DoseSchedule product, BookedDose previous, LocalDate date) {
    if (!product.product().equals(series.product())) {
      throw BookingRefused.secondDoseMismatch();
    }
    requireWithin(
        "dose " + (previous.dose() + 1),
        date,
        series.nextDoseFrom(previous.date()),
        series.nextDoseUntil(previous.date()));
    return new DosePlan(List.of(previous.dose() + 1), null, null);
  }

  private static DosePlan booster(
      DoseSchedule series, DoseSchedule product, BookedDose last, LocalDate date) {
    if (last.dose() > series.primaryDoses() || last.dose() >= 4) {
      throw BookingRefused.seriesComplete();
    }
    var from = series.boosterFrom(last.date());
    if (date.isBefore(from)) {
      throw BookingRefused.outsideInterval("booster", from.toString(), "any later day");
    }
    return new DosePlan(List.of(last.dose() + 1), null, null);
  }

  /** Refuses a second-dose date outside the interval after the first. */
  public void requireSecondOn(LocalDate second) {
    requireWithin("second dose", second, secondFrom, secondUntil);
  }

  private static void requireWithin(String dose, LocalDate date, LocalDate from, LocalDate until) {
    if (date.isBefore(from) || date.isAfter(until)) {
      throw BookingRefused.outsideInterval(dose, from.toString(), until.toString());
    }
  }
}
