package org.vaxline.platform.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Reads a calendar date from a request: 2021-02-30 is refused with a problem, never a 500. */
public final class CalendarDates {

  private CalendarDates() {}

  public static LocalDate parse(String name, String text) {
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      throw new InvalidDate(name + " " + text + " is not a calendar date (YYYY-MM-DD).");
    }
  }

  /** The same problem type as the rule check's birth date. */
  static final class InvalidDate extends DomainException {
    InvalidDate(String detail) {
      super("invalid-date", "Invalid date or time", 400, detail);
    }
  }
}
