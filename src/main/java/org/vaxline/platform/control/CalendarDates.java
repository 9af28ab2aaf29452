package org.vaxline.platform.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Reads a calendar date of the campaigns' era from a request ({@link TimeRange}): 2021-02-30 or
 * 9999-12-31 is refused with a problem, never a 500.
 */
public final class CalendarDates {

  private CalendarDates() {}

  public static LocalDate parse(String name, String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      throw new InvalidDate(name + " " + text + " is not a calendar date (YYYY-MM-DD).");
    }
    return TimeRange.date(name, date);
  }

  /** The same problem type as the rule check's birth date. */
  static final class InvalidDate extends DomainException {
    InvalidDate(String detail) {
      super("invalid-date", "Invalid date or time", 400, detail);
    }
  }
}
