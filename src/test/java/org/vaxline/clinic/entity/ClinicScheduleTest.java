package org.vaxline.clinic.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.clinic.entity.Week.MONDAY;
import static org.vaxline.clinic.entity.Week.MORNING;
import static org.vaxline.clinic.entity.Week.at;
import static org.vaxline.clinic.entity.Week.kst;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class ClinicScheduleTest {

  private static final ClinicSchedule NO_EXCEPTIONS = new ClinicSchedule(Week.STANDARD, null);

  @Test
  void aWeekFromTheTemplate() {
    var perDay =
        MONDAY
            .datesUntil(MONDAY.plusDays(7))
            .map(day -> NO_EXCEPTIONS.slotsOn(day).size())
            .toList();
    // 6 morning and 10 afternoon slots on weekdays, 8 on Saturday, each for both products.
    assertEquals(List.of(32, 32, 32, 32, 32, 16, 0), perDay);
    var monday = NO_EXCEPTIONS.slotsOn(MONDAY);
    assertEquals(
        new PlannedSlot(at("2021-08-23T09:00"), at("2021-08-23T09:30"), "MODERNA", 4),
        monday.get(0));
    assertEquals(
        new PlannedSlot(at("2021-08-23T09:00"), at("2021-08-23T09:30"), "PFIZER", 6),
        monday.get(1));
  }

  @Test
  void theFirstSlotStartsAtOpeningAndTheLastEndsAtClosing() {
    var starts = startsOf(NO_EXCEPTIONS.slotsOn(MONDAY));
    assertEquals(at("2021-08-23T09:00"), starts.get(0));
    assertEquals(at("2021-08-23T11:30"), starts.get(5), "the last morning slot ends at 12:00");
    assertEquals(at("2021-08-23T13:00"), starts.get(6), "nothing during the lunch break");
    assertEquals(at("2021-08-23T17:30"), starts.get(starts.size() - 1));
    var last = NO_EXCEPTIONS.slotsOn(MONDAY).get(31);
    assertEquals(at("2021-08-23T18:00"), last.end());
  }

  @Test
  void aSlotThatWouldRunPastClosingIsNotOffered() {
    var shortMorning = scheduleOf(OpeningSession.of(9, 0, 10, 59));
    var oneMinuteMore = scheduleOf(OpeningSession.of(9, 0, 11, 0));
    assertEquals(
        List.of(at("2021-08-23T09:00"), at("2021-08-23T09:30"), at("2021-08-23T10:00")),
        startsOf(shortMorning.slotsOn(MONDAY)),
        "10:30–11:00 would end a minute after closing");
    assertEquals(at("2021-08-23T11:00"), oneMinuteMore.slotsOn(MONDAY).get(3).end());
  }

  @Test
  void aClosedHolidayHasNoSlots() {
    var substituteHoliday = LocalDate.of(2021, 8, 16);
    var schedule =
        new ClinicSchedule(
            Week.STANDARD,
            List.of(ScheduleException.closed(substituteHoliday, "Liberation Day, substitute")));
    assertTrue(schedule.hoursOn(substituteHoliday).isClosed());
    assertEquals(List.of(), schedule.slotsOn(substituteHoliday));
    assertEquals(32, schedule.slotsOn(substituteHoliday.plusDays(1)).size());
  }

  @Test
  void alteredHoursReplaceTheTemplateOnThatDayOnly() {
    var wednesday = MONDAY.plusDays(2);
    var sunday = MONDAY.plusDays(6);
    var schedule =
        new ClinicSchedule(
            Week.STANDARD,
            List.of(
                ScheduleException.openOnly(wednesday, "staff training", MORNING),
                ScheduleException.openOnly(sunday, null, OpeningSession.of(9, 0, 10, 0))));
    assertEquals(12, schedule.slotsOn(wednesday).size());
    assertEquals(at("2021-08-25T12:00"), schedule.slotsOn(wednesday).get(11).end());
    assertEquals(32, schedule.slotsOn(wednesday.plusDays(1)).size());
    assertEquals(4, schedule.slotsOn(sunday).size(), "a Sunday opened by exception");
  }

  @Test
  void slotInstantsAreKoreanTimeWhateverTheServerZone() {
    var first = NO_EXCEPTIONS.slotsOn(MONDAY).get(0);
    assertEquals(Instant.parse("2021-08-23T00:00:00Z"), first.startsAt());
    assertEquals(Instant.parse("2021-08-23T00:30:00Z"), first.endsAt());
    assertEquals(kst("2021-08-23T09:00"), first.startsAt());
  }

  @Test
  void twoExceptionsOnOneDateAreRefused() {
    var exceptions =
        List.of(
            ScheduleException.closed(MONDAY, "public holiday"),
            ScheduleException.openOnly(MONDAY, null, MORNING));
    assertThrows(
        IllegalArgumentException.class, () -> new ClinicSchedule(Week.STANDARD, exceptions));
  }

  @Test
  void anExceptionSessionShorterThanOneSlotIsRefused() {
    var tooShort = ScheduleException.openOnly(MONDAY, null, OpeningSession.of(9, 0, 9, 29));
    assertThrows(
        IllegalArgumentException.class, () -> new ClinicSchedule(Week.STANDARD, List.of(tooShort)));
  }

  @Test
  void anExceptionOpenAtNoHoursIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ScheduleException.openOnly(MONDAY, "x"));
  }

  @Test
  void aBlankReasonIsNoReason() {
    assertEquals(null, ScheduleException.closed(MONDAY, "  ").reason());
    assertEquals("public holiday", ScheduleException.closed(MONDAY, " public holiday ").reason());
  }

  private static ClinicSchedule scheduleOf(OpeningSession session) {
    var template =
        new WeeklyTemplate(
            Map.of(DayOfWeek.MONDAY, OpeningHours.of(session)),
            Duration.ofMinutes(30),
            Map.of("PFIZER", 6));
    return new ClinicSchedule(template, List.of());
  }

  private static List<LocalDateTime> startsOf(List<PlannedSlot> slots) {
    return slots.stream().map(PlannedSlot::start).distinct().toList();
  }
}
