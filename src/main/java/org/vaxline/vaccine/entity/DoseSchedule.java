package org.vaxline.vaccine.entity;

import java.time.LocalDate;

/**
 * How a product is given (KDCA COVID-19 vaccination guidelines, 2021): the doses of its primary
 * series, the days from one dose to the next (at least {@code intervalDays}, at most {@code
 * maxIntervalDays}; both 0 for a single dose), the days from the last primary dose to a booster,
 * and the youngest age it is given to.
 */
public record DoseSchedule(
    String product,
    int primaryDoses,
    int intervalDays,
    int maxIntervalDays,
    int boosterIntervalDays,
    int minAge) {

  public DoseSchedule {
    if (primaryDoses < 1 || primaryDoses > 3 || boosterIntervalDays < 1 || minAge < 0) {
      throw new IllegalArgumentException("not a dose schedule: " + product);
    }
    if (primaryDoses > 1 && (intervalDays < 1 || maxIntervalDays < intervalDays)) {
      throw new IllegalArgumentException("a multi-dose series needs its intervals: " + product);
    }
  }

  /** The first day the next dose of the primary series may be given. */
  public LocalDate nextDoseFrom(LocalDate previous) {
    return previous.plusDays(intervalDays);
  }

  /** The last day the next dose of the primary series may be given. */
  public LocalDate nextDoseUntil(LocalDate previous) {
    return previous.plusDays(maxIntervalDays);
  }

  /** The first day a booster may be given after the series ended on {@code lastPrimary}. */
  public LocalDate boosterFrom(LocalDate lastPrimary) {
    return lastPrimary.plusDays(boosterIntervalDays);
  }
}
