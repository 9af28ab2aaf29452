package org.vaxline.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class CohortTest {

  private static final LocalDate JULY_19 = LocalDate.of(2021, 7, 19);

  @Test
  void fullAgeCountsTheDayOfBirthSoTheBirthdayItselfMakesOneOlder() {
    assertEquals(55, Cohort.fullAge(LocalDate.of(1966, 7, 19), JULY_19));
    assertEquals(54, Cohort.fullAge(LocalDate.of(1966, 7, 19), JULY_19.minusDays(1)));
    assertEquals(54, Cohort.fullAge(LocalDate.of(1966, 7, 20), JULY_19));
  }

  @Test
  void aLeapDayBirthTurnsOlderOnTheFirstOfMarchInACommonYear() {
    var leapDay = LocalDate.of(2000, 2, 29);
    assertEquals(20, Cohort.fullAge(leapDay, LocalDate.of(2021, 2, 28)));
    assertEquals(21, Cohort.fullAge(leapDay, LocalDate.of(2021, 3, 1)));
    assertEquals(23, Cohort.fullAge(leapDay, LocalDate.of(2024, 2, 28)));
    assertEquals(24, Cohort.fullAge(leapDay, LocalDate.of(2024, 2, 29)));
  }

  @Test
  void noAgeBeforeBirth() {
    assertThrows(
        IllegalArgumentException.class, () -> Cohort.fullAge(LocalDate.of(2021, 7, 20), JULY_19));
  }

  @Test
  void minAgeAdmitsWhoseFiftyFifthBirthdayIsTheReferenceDate() {
    var cohort = Cohort.agedBetween(55, 59, JULY_19);
    assertEquals(Optional.empty(), cohort.refuses(LocalDate.of(1966, 7, 19)));
    assertEquals(Optional.of(Reason.TOO_YOUNG), cohort.refuses(LocalDate.of(1966, 7, 20)));
  }

  @Test
  void maxAgeRefusesFromTheNextBirthdayOn() {
    var cohort = Cohort.agedBetween(55, 59, JULY_19);
    assertEquals(Optional.empty(), cohort.refuses(LocalDate.of(1961, 7, 20)), "still 59");
    assertEquals(Optional.of(Reason.TOO_OLD), cohort.refuses(LocalDate.of(1961, 7, 19)), "60");
  }

  @Test
  void aLeapDayBirthIsCountedByTheCivilActInAnAgeCohort() {
    var born = LocalDate.of(1960, 2, 29);
    var sixtyOneOrOver = Cohort.agedBetween(61, null, LocalDate.of(2021, 2, 28));
    assertEquals(Optional.of(Reason.TOO_YOUNG), sixtyOneOrOver.refuses(born), "60 on Feb 28");
    var onMarchFirst = Cohort.agedBetween(61, null, LocalDate.of(2021, 3, 1));
    assertEquals(Optional.empty(), onMarchFirst.refuses(born), "61 on Mar 1");
  }

  @Test
  void oneSidedAgeBounds() {
    assertEquals(
        Optional.empty(), Cohort.agedBetween(null, 17, JULY_19).refuses(LocalDate.of(2004, 7, 19)));
    assertEquals(
        Optional.of(Reason.TOO_OLD),
        Cohort.agedBetween(null, 17, JULY_19).refuses(LocalDate.of(2003, 7, 19)));
    assertEquals(
        Optional.of(Reason.TOO_YOUNG),
        Cohort.agedBetween(null, 17, JULY_19).refuses(LocalDate.of(2021, 7, 20)),
        "not born yet on the reference date");
  }

  @Test
  void birthDateBoundsAreInclusiveToTheDay() {
    var cohort = Cohort.bornBetween(LocalDate.of(1967, 1, 1), LocalDate.of(1968, 12, 31));
    assertEquals(Optional.of(Reason.TOO_OLD), cohort.refuses(LocalDate.of(1966, 12, 31)));
    assertEquals(Optional.empty(), cohort.refuses(LocalDate.of(1967, 1, 1)));
    assertEquals(Optional.empty(), cohort.refuses(LocalDate.of(1968, 12, 31)));
    assertEquals(Optional.of(Reason.TOO_YOUNG), cohort.refuses(LocalDate.of(1969, 1, 1)));
  }

  @Test
  void aLeapDayBirthInABirthDateRange() {
    var born = LocalDate.of(1968, 2, 29);
    assertEquals(Optional.empty(), Cohort.bornBetween(born, born).refuses(born));
    var untilFeb28 = Cohort.bornBetween(null, LocalDate.of(1968, 2, 28));
    assertEquals(Optional.of(Reason.TOO_YOUNG), untilFeb28.refuses(born));
    var fromMarch = Cohort.bornBetween(LocalDate.of(1968, 3, 1), null);
    assertEquals(Optional.of(Reason.TOO_OLD), fromMarch.refuses(born));
  }

  @Test
  void knowsItsForm() {
    assertTrue(Cohort.agedBetween(55, 59, JULY_19).byAge());
    assertFalse(Cohort.bornBetween(LocalDate.of(1967, 1, 1), null).byAge());
  }

  @Test
  void refusesToExistInAnUnclearForm() {
    var day = LocalDate.of(1967, 1, 1);
    assertRefused("exactly one", () -> Cohort.bornBetween(null, null));
    assertRefused("exactly one", () -> new Cohort(null, null, null, null, null));
    assertRefused("exactly one", () -> new Cohort(day, null, 55, null, JULY_19));
    assertRefused("after bornUntil", () -> Cohort.bornBetween(day, day.minusDays(1)));
    assertRefused("minAge or maxAge", () -> Cohort.agedBetween(null, null, JULY_19));
    assertRefused("the date", () -> Cohort.agedBetween(55, 59, null));
    assertRefused("negative", () -> Cohort.agedBetween(-1, 59, JULY_19));
    assertRefused("above maxAge", () -> Cohort.agedBetween(60, 59, JULY_19));
  }

  private static void assertRefused(String messagePart, Runnable construction) {
    var thrown = assertThrows(IllegalArgumentException.class, construction::run);
    assertTrue(thrown.getMessage().contains(messagePart), thrown.getMessage());
  }
}
