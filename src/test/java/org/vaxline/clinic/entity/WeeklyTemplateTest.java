package org.vaxline.clinic.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.clinic.entity.Week.AFTERNOON;
import static org.vaxline.clinic.entity.Week.MORNING;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyTemplateTest {

  private static final Map<String, Integer> SIX_PFIZER = Map.of("PFIZER", 6);

  @Test
  void aDayLeftOutOfTheWeekIsClosed() {
    assertTrue(Week.STANDARD.hoursOn(DayOfWeek.SUNDAY).isClosed());
    assertEquals(List.of(MORNING, AFTERNOON), Week.STANDARD.hoursOn(DayOfWeek.MONDAY).sessions());
  }

  @Test
  void sessionsAreKeptInTimeOrderAndMayTouch() {
    var lunchShift = OpeningSession.of(12, 0, 13, 0);
    var hours = OpeningHours.of(AFTERNOON, lunchShift, MORNING);
    assertEquals(List.of(MORNING, lunchShift, AFTERNOON), hours.sessions());
  }

  @Test
  void overlappingSessionsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OpeningHours.of(MORNING, OpeningSession.of(11, 30, 14, 0)));
    assertThrows(IllegalArgumentException.class, () -> OpeningHours.of(MORNING, MORNING));
  }

  @Test
  void aSessionClosesAfterItOpensOnTheSameDay() {
    assertThrows(IllegalArgumentException.class, () -> OpeningSession.of(12, 0, 9, 0));
    assertThrows(IllegalArgumentException.class, () -> OpeningSession.of(9, 0, 9, 0));
  }

  @Test
  void sessionTimesAreWholeMinutes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new OpeningSession(LocalTime.of(9, 0, 30), LocalTime.of(12, 0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OpeningSession(LocalTime.of(9, 0), LocalTime.of(11, 59, 59, 999_999_999)));
  }

  @Test
  void aSlotLastsAPositiveWholeNumberOfMinutesWithinADay() {
    for (var bad :
        List.of(
            Duration.ZERO,
            Duration.ofMinutes(-30),
            Duration.ofSeconds(90),
            Duration.ofMinutes(30).plusMillis(1),
            Duration.ofDays(1))) {
      assertThrows(
          IllegalArgumentException.class, () -> weekdayMornings(bad, SIX_PFIZER), bad::toString);
    }
    assertEquals(
        Duration.ofMinutes(7), weekdayMornings(Duration.ofMinutes(7), SIX_PFIZER).slotLength());
  }

  @Test
  void aSessionShorterThanOneSlotIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> weekdayMornings(Duration.ofMinutes(181), SIX_PFIZER));
    assertEquals(
        Duration.ofMinutes(180), weekdayMornings(Duration.ofMinutes(180), SIX_PFIZER).slotLength());
  }

  @Test
  void dosesPerSlotAreZeroOrMoreOfANamedProduct() {
    var thirty = Duration.ofMinutes(30);
    assertThrows(
        IllegalArgumentException.class, () -> weekdayMornings(thirty, Map.of("PFIZER", -1)));
    assertThrows(IllegalArgumentException.class, () -> weekdayMornings(thirty, Map.of(" ", 6)));
    assertThrows(IllegalArgumentException.class, () -> weekdayMornings(thirty, Map.of()));
    var withNull = new HashMap<String, Integer>();
    withNull.put("PFIZER", null);
    assertThrows(IllegalArgumentException.class, () -> weekdayMornings(thirty, withNull));
    assertEquals(Map.of("PFIZER", 0), weekdayMornings(thirty, Map.of("PFIZER", 0)).dosesPerSlot());
  }

  @Test
  void productsAreListedInCodeOrder() {
    assertEquals(List.of("MODERNA", "PFIZER"), List.copyOf(Week.STANDARD.dosesPerSlot().keySet()));
  }

  private static WeeklyTemplate weekdayMornings(Duration slot, Map<String, Integer> doses) {
    return new WeeklyTemplate(Map.of(DayOfWeek.MONDAY, OpeningHours.of(MORNING)), slot, doses);
  }
}
