package org.vaxline.campaign.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.vaxline.platform.control.KoreaTime;

/**
 * The birthday rotation (10부제): until {@code until}, on rotation day D only people whose birth
 * date's day of month ends in the last digit of D may book, so the 9th, 19th and 29th admit those
 * born on the 9th, 19th and 29th, and the 31st admits those whose digit is 1. It spread the 2021
 * 18–49 booking over ten days. A rotation day D runs from D at {@code dayStartsAt} in Korea to D+1
 * at the same time: 00:00 for a change at midnight, 20:00 for the 2021 scheme, whose bookings
 * opened at 8 pm.
 */
public record Rotation(Instant until, LocalTime dayStartsAt) {

  // Every month has a 10th, 11th, ... 19th, so any digit comes round again within a month.
  private static final int LONGEST_WAIT_IN_DAYS = 31;

  public Rotation {
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(dayStartsAt, "dayStartsAt");
  }

  public LocalDate rotationDay(Instant at) {
    return LocalDateTime.ofInstant(at, KoreaTime.ZONE)
        .minusNanos(dayStartsAt.toNanoOfDay())
        .toLocalDate();
  }

  public int digitOn(Instant at) {
    return digit(rotationDay(at));
  }

  /** True when the birth date's digit is today's, and for everyone once the rotation has ended. */
  public boolean admits(LocalDate birthDate, Instant at) {
    return !at.isBefore(until) || digit(birthDate) == digitOn(at);
  }

  /**
   * The first instant at or after {@code from} at which {@link #admits} holds: {@code from} itself,
   * the start of the next rotation day with the birth date's digit, or {@code until}, whichever
   * comes first.
   */
  public Instant nextAdmission(LocalDate birthDate, Instant from) {
    if (admits(birthDate, from)) {
      return from;
    }
    var day = rotationDay(from);
    for (int i = 1; i <= LONGEST_WAIT_IN_DAYS; i++) {
      var start = startOf(day.plusDays(i));
      if (!start.isBefore(until)) {
        return until;
      }
      if (digit(day.plusDays(i)) == digit(birthDate)) {
        return start;
      }
    }
    throw new IllegalStateException("no day with digit " + digit(birthDate) + " in a month");
  }

  /**
   * When the current admission of this birth date ends: the start of the first following rotation
   * day with another digit (the 31st and the 1st both admit digit 1, so that admission spans two
   * days). Null when there is no such end: at or after {@code until}, or when the rotation ends
   * before the admission would, since from {@code until} on everyone is admitted.
   *
   * @throws IllegalArgumentException when the birth date is not admitted at {@code at}
   */
  public Instant admissionEnds(LocalDate birthDate, Instant at) {
    if (!admits(birthDate, at)) {
      throw new IllegalArgumentException("not admitted at " + at + ", so no admission to end");
    }
    if (!at.isBefore(until)) {
      return null;
    }
    var day = rotationDay(at).plusDays(1);
    while (digit(day) == digit(birthDate)) {
      day = day.plusDays(1);
    }
    var end = startOf(day);
    return end.isBefore(until) ? end : null;
  }

  Wording wording() {
    var ko = "생일 끝자리 10부제(예: 9일·19일·29일생은 9일·19일·29일에 예약";
    var en =
        "a birthday rotation applies: people may book on days ending in the same digit as their"
            + " birthday (e.g. those born on the 9th, 19th or 29th book on the 9th, 19th and 29th";
    if (!dayStartsAt.equals(LocalTime.MIDNIGHT)) {
      ko += ", 날짜는 매일 " + dayStartsAt + "에 바뀜";
      en += "; each day starts at " + dayStartsAt;
    }
    return new Wording(ko + ")", en + ")");
  }

  private Instant startOf(LocalDate day) {
    return ZonedDateTime.of(day, dayStartsAt, KoreaTime.ZONE).toInstant();
  }

  private static int digit(LocalDate date) {
    return date.getDayOfMonth() % 10;
  }
}
