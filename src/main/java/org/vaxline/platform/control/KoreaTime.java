package org.vaxline.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock of Vaxline. Every rule about when something opens or expires asks this clock, in
 * Korea's zone whatever the server's own zone is: in 2021 a current-time bug told eligible people
 * to come back later. Tests replace it by passing {@link Clock#fixed} to the class under test.
 */
@ApplicationScoped
public class KoreaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

  /** The Korean calendar date of an instant: the day a dose is given, a reminder is due. */
  public static LocalDate date(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** The first instant of a Korean calendar date. */
  public static Instant startOf(LocalDate date) {
    return date.atStartOfDay(ZONE).toInstant();
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(ZONE);
  }
}
