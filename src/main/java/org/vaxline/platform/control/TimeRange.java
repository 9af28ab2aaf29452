package org.vaxline.platform.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The one range of dates and instants Vaxline takes as input (issue 15; manuals/api.md and the
 * OpenAPI document say so). A birth date lies in 1900-2100; every other date and instant (a dose
 * given, a sample taken, a recovery, a schedule exception, the instant a check asks about) in the
 * campaigns' era, 2000-2100 in Korean dates. Outside, the request is refused as {@code
 * time-out-of-range} before anything reads it: years such as 0000 or +999999999 once overflowed a
 * calculation or PostgreSQL's timestamps (500), or were stored; and an instant before 1908 has
 * Seoul's old mean-time offset (+08:27:52), which no RFC 3339 answer can carry.
 */
public final class TimeRange {

  public static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2100, 12, 31);
  public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
  public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

  private static final Instant FIRST_INSTANT = KoreaTime.startOf(FIRST_DATE);
  private static final Instant END_INSTANT = KoreaTime.startOf(LAST_DATE.plusDays(1));

  private TimeRange() {}

  /** The birth date, if in 1900-2100. */
  public static LocalDate birthDate(String field, LocalDate date) {
    if (date.isBefore(FIRST_BIRTH_DATE) || date.isAfter(LAST_BIRTH_DATE)) {
      throw new TimeOutOfRange(
          "%s %s is outside %s to %s.".formatted(field, date, FIRST_BIRTH_DATE, LAST_BIRTH_DATE));
    }
    return date;
  }

  /** The Korean date, if in the campaigns' era. */
  public static LocalDate date(String field, LocalDate date) {
    if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
      throw new TimeOutOfRange(
          "%s %s is outside %s to %s.".formatted(field, date, FIRST_DATE, LAST_DATE));
    }
    return date;
  }

  /** The instant, if its Korean date is in the campaigns' era. */
  public static Instant instant(String field, Instant instant) {
    if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(END_INSTANT)) {
      throw new TimeOutOfRange(
          "%s is outside %s to %s in Korean dates.".formatted(field, FIRST_DATE, LAST_DATE));
    }
    return instant;
  }

  /** A date or instant outside the range Vaxline takes. */
  public static final class TimeOutOfRange extends DomainException {
    TimeOutOfRange(String detail) {
      super("time-out-of-range", "Date or time out of range", 400, detail);
    }
  }
}
