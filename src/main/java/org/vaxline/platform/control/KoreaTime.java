package org.vaxline.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of Vaxline. Every rule about when something opens or expires asks this clock, in
 * Korea's zone whatever the server's own zone is: in 2021 a current-time bug told eligible people
 * to come back later. Tests replace it by passing {@link Clock#fixed} to the class under test.
 */
@ApplicationScoped
public class KoreaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

  /**
   * How every instant is written in an answer: RFC 3339 at Korea's offset, to the second ({@code
   * 2021-07-19T20:00:00+09:00}). One form, whether the value was an instant or a time with another
   * offset; before 1908 Seoul's zone had offsets with seconds, which the date policy ({@link
   * TimeRange}) keeps out of every input.
   */
  public static String text(Instant instant) {
    return FORM.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  public static String text(OffsetDateTime time) {
    return text(time.toInstant());
  }

  private static final DateTimeFormatter FORM =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZONE);

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
