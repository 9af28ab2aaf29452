package org.vaxline.clinic.entity;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of a day during which a clinic vaccinates, from {@code opens} inclusive to {@code
 * closes} exclusive, in Korea's wall-clock time. A session stays within its day: a clinic that
 * worked past midnight would need two sessions on two days, and none does.
 */
public record OpeningSession(LocalTime opens, LocalTime closes) {

  public OpeningSession {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException(
          "a session must close after it opens: " + opens + "–" + closes);
    }
    // Staff enter hours in whole minutes; a stray second would shift every slot of the day.
    if (!onTheMinute(opens) || !onTheMinute(closes)) {
      throw new IllegalArgumentException(
          "session times are whole minutes: " + opens + "–" + closes);
    }
  }

  /** {@code of(9, 0, 12, 0)} is 09:00–12:00. */
  public static OpeningSession of(int openHour, int openMinute, int closeHour, int closeMinute) {
    return new OpeningSession(
        LocalTime.of(openHour, openMinute), LocalTime.of(closeHour, closeMinute));
  }

  boolean overlaps(OpeningSession other) {
    return opens.isBefore(other.closes) && other.opens.isBefore(closes);
  }

  int minutes() {
    return (closes.toSecondOfDay() - opens.toSecondOfDay()) / 60;
  }

  @Override
  public String toString() {
    return opens + "–" + closes;
  }

  private static boolean onTheMinute(LocalTime time) {
    return time.getSecond() == 0 && time.getNano() == 0;
  }
}
