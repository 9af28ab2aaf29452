package org.vaxline.clinic.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.vaxline.platform.control.KoreaTime;

/** A clinic's usual week and times written as a reader in Korea says them. */
final class Week {

  static final OpeningSession MORNING = OpeningSession.of(9, 0, 12, 0);
  static final OpeningSession AFTERNOON = OpeningSession.of(13, 0, 18, 0);

  /** Monday 23 August 2021, a week with no public holiday. */
  static final LocalDate MONDAY = LocalDate.of(2021, 8, 23);

  /**
   * Weekdays 09:00–12:00 and 13:00–18:00, Saturday 09:00–13:00, Sunday closed; 30-minute slots, 6
   * doses of Pfizer and 4 of Moderna each.
   */
  static final WeeklyTemplate STANDARD =
      new WeeklyTemplate(
          Map.of(
              DayOfWeek.MONDAY, OpeningHours.of(MORNING, AFTERNOON),
              DayOfWeek.TUESDAY, OpeningHours.of(MORNING, AFTERNOON),
              DayOfWeek.WEDNESDAY, OpeningHours.of(MORNING, AFTERNOON),
              DayOfWeek.THURSDAY, OpeningHours.of(MORNING, AFTERNOON),
              DayOfWeek.FRIDAY, OpeningHours.of(MORNING, AFTERNOON),
              DayOfWeek.SATURDAY, OpeningHours.of(OpeningSession.of(9, 0, 13, 0))),
          Duration.ofMinutes(30),
          Map.of("PFIZER", 6, "MODERNA", 4));

  private Week() {}

  /** {@code at("2021-08-23T09:00")}: wall-clock time in Korea. */
  static LocalDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime);
  }

  /**
   * {@code kst("2021-08-23T09:00")} is 9 am on 23 August 2021 in Seoul, whatever the JVM's zone.
   */
  static Instant kst(String localDateTime) {
    return at(localDateTime).atZone(KoreaTime.ZONE).toInstant();
  }
}
