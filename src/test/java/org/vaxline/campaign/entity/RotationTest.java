package org.vaxline.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.campaign.entity.Kst.kst;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class RotationTest {

  private static final Rotation AT_MIDNIGHT =
      new Rotation(kst("2025-01-01T00:00"), LocalTime.MIDNIGHT);
  private static final Rotation AT_EIGHT_PM =
      new Rotation(kst("2021-08-19T20:00"), LocalTime.of(20, 0));

  private static LocalDate bornOnThe(int dayOfMonth) {
    return LocalDate.of(1990, 1, dayOfMonth);
  }

  @Test
  void theDayChangesAtMidnightInKorea() {
    var midnight = kst("2021-08-10T00:00");
    assertEquals(9, AT_MIDNIGHT.digitOn(midnight.minusMillis(1)));
    assertEquals(0, AT_MIDNIGHT.digitOn(midnight));
    assertEquals(LocalDate.of(2021, 8, 10), AT_MIDNIGHT.rotationDay(midnight));
  }

  @Test
  void theDayChangesAtEightPmInThe2021Scheme() {
    var eightPm = kst("2021-08-10T20:00");
    assertEquals(LocalDate.of(2021, 8, 9), AT_EIGHT_PM.rotationDay(eightPm.minusMillis(1)));
    assertEquals(9, AT_EIGHT_PM.digitOn(eightPm.minusMillis(1)));
    assertEquals(0, AT_EIGHT_PM.digitOn(eightPm));
    assertEquals(0, AT_EIGHT_PM.digitOn(kst("2021-08-11T00:00")), "midnight changes nothing");
  }

  @Test
  void admitsOnlyTheDigitOfTheDay() {
    var on19th = kst("2021-08-19T12:00");
    assertTrue(AT_MIDNIGHT.admits(bornOnThe(9), on19th));
    assertTrue(AT_MIDNIGHT.admits(bornOnThe(19), on19th));
    assertTrue(AT_MIDNIGHT.admits(bornOnThe(29), on19th));
    assertFalse(AT_MIDNIGHT.admits(bornOnThe(10), on19th));
  }

  @Test
  void admitsEveryoneFromTheEndOfTheRotation() {
    var end = AT_EIGHT_PM.until();
    assertFalse(AT_EIGHT_PM.admits(bornOnThe(3), end.minusMillis(1)));
    assertTrue(AT_EIGHT_PM.admits(bornOnThe(8), end.minusMillis(1)), "the 18th's digit");
    assertTrue(AT_EIGHT_PM.admits(bornOnThe(3), end));
    assertTrue(AT_EIGHT_PM.admits(bornOnThe(3), end.plusMillis(1)));
  }

  @Test
  void monthEndsFollowTheCalendar() {
    assertEquals(9, AT_MIDNIGHT.digitOn(kst("2024-02-29T12:00")));
    assertEquals(8, AT_MIDNIGHT.digitOn(kst("2021-02-28T23:59:59.999")));
    assertEquals(1, AT_MIDNIGHT.digitOn(kst("2021-03-01T00:00")));
    assertEquals(0, AT_MIDNIGHT.digitOn(kst("2021-09-30T23:59:59.999")));
    assertEquals(1, AT_MIDNIGHT.digitOn(kst("2021-10-01T00:00")));
    assertEquals(1, AT_MIDNIGHT.digitOn(kst("2021-08-31T12:00")));
    assertTrue(AT_MIDNIGHT.admits(bornOnThe(11), kst("2021-08-31T12:00")));
  }

  @Test
  void afterTheTwentiethOfACommonFebruaryDigitZeroWaitsForTheTenthOfMarch() {
    var next = AT_MIDNIGHT.nextAdmission(bornOnThe(10), kst("2021-02-21T09:00"));
    assertEquals(kst("2021-03-10T00:00"), next);
  }

  @Test
  void nextAdmissionIsNowWhenAdmittedNow() {
    var now = kst("2021-08-19T20:00").minusMillis(1);
    assertEquals(now, AT_EIGHT_PM.nextAdmission(bornOnThe(8), now));
    assertEquals(AT_EIGHT_PM.until(), AT_EIGHT_PM.nextAdmission(bornOnThe(3), now));
  }

  @Test
  void nextAdmissionIsTheStartOfTheNextDayWithTheDigit() {
    var next = AT_EIGHT_PM.nextAdmission(bornOnThe(10), kst("2021-08-09T21:00"));
    assertEquals(kst("2021-08-10T20:00"), next);
    assertEquals(
        kst("2021-08-12T00:00"), AT_MIDNIGHT.nextAdmission(bornOnThe(2), kst("2021-08-10T23:00")));
  }

  @Test
  void nextAdmissionIsTheRotationEndWhenThatComesFirst() {
    var next = AT_EIGHT_PM.nextAdmission(bornOnThe(5), kst("2021-08-16T21:00"));
    assertEquals(AT_EIGHT_PM.until(), next, "the 25th would be after the rotation ended");
  }

  @Test
  void anAdmissionEndsWithItsRotationDay() {
    var ends = AT_EIGHT_PM.admissionEnds(bornOnThe(10), kst("2021-08-10T20:00"));
    assertEquals(kst("2021-08-11T20:00"), ends);
  }

  @Test
  void theThirtyFirstAndTheFirstAdmitDigitOneBackToBack() {
    var ends = AT_MIDNIGHT.admissionEnds(bornOnThe(21), kst("2021-08-31T00:00"));
    assertEquals(kst("2021-09-02T00:00"), ends);
  }

  @Test
  void anAdmissionDoesNotEndWhenTheRotationEndsFirst() {
    assertNull(AT_EIGHT_PM.admissionEnds(bornOnThe(8), kst("2021-08-18T20:00")));
    assertNull(AT_EIGHT_PM.admissionEnds(bornOnThe(3), AT_EIGHT_PM.until()));
  }

  @Test
  void noAdmissionToEndForSomeoneNotAdmitted() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AT_EIGHT_PM.admissionEnds(bornOnThe(3), kst("2021-08-10T20:00")));
  }
}
