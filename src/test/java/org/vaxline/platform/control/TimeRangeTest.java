package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The range of input dates and instants, at its exact boundaries. */
class TimeRangeTest {

  @Test
  void birthDatesRunFrom1900Through2100() {
    assertEquals(
        LocalDate.of(1900, 1, 1), TimeRange.birthDate("birthDate", LocalDate.of(1900, 1, 1)));
    assertEquals(
        LocalDate.of(2100, 12, 31), TimeRange.birthDate("birthDate", LocalDate.of(2100, 12, 31)));
    assertThrows(
        TimeRange.TimeOutOfRange.class,
        () -> TimeRange.birthDate("birthDate", LocalDate.of(1899, 12, 31)));
    assertThrows(
        TimeRange.TimeOutOfRange.class,
        () -> TimeRange.birthDate("birthDate", LocalDate.of(2101, 1, 1)));
  }

  @Test
  void otherDatesRunFrom2000Through2100() {
    TimeRange.date("day", LocalDate.of(2000, 1, 1));
    TimeRange.date("day", LocalDate.of(2100, 12, 31));
    for (var outside :
        new LocalDate[] {
          LocalDate.of(1999, 12, 31),
          LocalDate.of(2101, 1, 1),
          LocalDate.of(0, 1, 1),
          LocalDate.of(9999, 12, 31),
          LocalDate.MIN,
          LocalDate.MAX
        }) {
      assertThrows(TimeRange.TimeOutOfRange.class, () -> TimeRange.date("day", outside));
    }
  }

  /** In Korean dates: the first instant of 2000-01-01 in Seoul is 1999-12-31T15:00Z. */
  @Test
  void instantsRunThroughTheEraInKoreanDates() {
    var first = OffsetDateTime.parse("2000-01-01T00:00:00+09:00").toInstant();
    var end = OffsetDateTime.parse("2101-01-01T00:00:00+09:00").toInstant();
    assertEquals(first, TimeRange.instant("at", first));
    TimeRange.instant("at", end.minusNanos(1));
    assertThrows(
        TimeRange.TimeOutOfRange.class, () -> TimeRange.instant("at", first.minusNanos(1)));
    assertThrows(TimeRange.TimeOutOfRange.class, () -> TimeRange.instant("at", end));
    assertThrows(TimeRange.TimeOutOfRange.class, () -> TimeRange.instant("at", Instant.MAX));
    assertThrows(
        TimeRange.TimeOutOfRange.class,
        () -> TimeRange.instant("at", Instant.parse("-4714-01-01T00:00:00Z")));
  }

  @Test
  void theProblemIsStableAndNamesTheField() {
    var refused =
        assertThrows(
            TimeRange.TimeOutOfRange.class,
            () -> TimeRange.date("usableFrom", LocalDate.of(9999, 12, 31)));
    assertEquals("urn:vaxline:problem:time-out-of-range", refused.problem().type().toString());
    assertEquals(400, refused.problem().status());
    assertEquals(
        "usableFrom 9999-12-31 is outside 2000-01-01 to 2100-12-31.", refused.problem().detail());
  }
}
