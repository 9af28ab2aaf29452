package org.vaxline.clinic.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date on which the clinic departs from its weekly template: closed (a public holiday) or open at
 * other hours (only on Saturday morning, say). The template's slot length and doses per slot still
 * apply.
 *
 * @param hours {@link OpeningHours#CLOSED} for a closed day
 * @param reason shown to staff, e.g. the name of the holiday; null when none was given
 */
public record ScheduleException(LocalDate date, OpeningHours hours, String reason) {

  public ScheduleException {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(hours, "hours");
    reason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  public static ScheduleException closed(LocalDate date, String reason) {
    return new ScheduleException(date, OpeningHours.CLOSED, reason);
  }

  public static ScheduleException openOnly(
      LocalDate date, String reason, OpeningSession... sessions) {
    if (sessions.length == 0) {
      throw new IllegalArgumentException("open at what hours? use closed() for a closed day");
    }
    return new ScheduleException(date, new OpeningHours(List.of(sessions)), reason);
  }
}
