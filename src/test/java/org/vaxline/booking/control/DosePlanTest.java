package org.vaxline.booking.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaxline.booking.entity.BookedDose;
import org.vaxline.vaccine.entity.DoseSchedule;

class DosePlanTest {

  private static final DoseSchedule PFIZER = new DoseSchedule("PFIZER", 2, 21, 42, 90, 12);
  private static final DoseSchedule JANSSEN = new DoseSchedule("JANSSEN", 1, 0, 0, 60, 30);
  private static final DoseSchedule ASTRAZENECA =
      new DoseSchedule("ASTRAZENECA", 2, 56, 84, 90, 50);
  private static final Map<String, DoseSchedule> ALL =
      Map.of("PFIZER", PFIZER, "JANSSEN", JANSSEN, "ASTRAZENECA", ASTRAZENECA);
  private static final LocalDate BORN = LocalDate.of(1968, 5, 5);
  private static final LocalDate FIRST = LocalDate.of(2021, 7, 26);

  @Test
  void aFirstDoseOfATwoDoseProductBooksTheSecondInTheSameStep() {
    var plan = plan(PFIZER, List.of(), FIRST);
    assertEquals(List.of(1, 2), plan.doses());
    assertEquals(LocalDate.of(2021, 8, 16), plan.secondFrom());
    assertEquals(LocalDate.of(2021, 9, 6), plan.secondUntil());
  }

  @Test
  void theSecondDoseMayFallOnTheFirstAndLastDayOfTheIntervalButNotADayOutside() {
    var plan = plan(PFIZER, List.of(), FIRST);
    assertDoesNotThrow(() -> plan.requireSecondOn(FIRST.plusDays(21)));
    assertDoesNotThrow(() -> plan.requireSecondOn(FIRST.plusDays(42)));
    assertRefused("dose-interval", () -> plan.requireSecondOn(FIRST.plusDays(20)));
    assertRefused("dose-interval", () -> plan.requireSecondOn(FIRST.plusDays(43)));
  }

  @Test
  void aSingleDoseProductBooksOneDose() {
    assertEquals(List.of(1), plan(JANSSEN, List.of(), FIRST).doses());
  }

  @Test
  void aProductIsRefusedTheDayBeforeThePersonReachesItsMinimumAge() {
    var born = LocalDate.of(1971, 7, 27); // 50 on 2021-07-27
    assertRefused(
        "product-not-allowed", () -> DosePlan.of(ASTRAZENECA, ALL::get, List.of(), born, FIRST));
    assertDoesNotThrow(
        () -> DosePlan.of(ASTRAZENECA, ALL::get, List.of(), born, FIRST.plusDays(1)));
  }

  @Test
  void aBoosterIsBookedFromTheBoosterIntervalAfterTheLastPrimaryDose() {
    var series =
        List.of(
            new BookedDose(1, "PFIZER", FIRST), new BookedDose(2, "PFIZER", FIRST.plusDays(21)));
    var from = FIRST.plusDays(21 + 90);
    assertEquals(List.of(3), plan(PFIZER, series, from).doses());
    assertRefused("dose-interval", () -> plan(PFIZER, series, from.minusDays(1)));
  }

  @Test
  void aBoosterMayBeAnotherProduct() {
    var janssen = List.of(new BookedDose(1, "JANSSEN", FIRST));
    assertEquals(List.of(2), plan(PFIZER, janssen, FIRST.plusDays(60)).doses());
  }

  @Test
  void aCancelledSecondDoseIsBookedAloneWithinItsIntervalAndWithTheSameProduct() {
    var first = List.of(new BookedDose(1, "PFIZER", FIRST));
    assertEquals(List.of(2), plan(PFIZER, first, FIRST.plusDays(21)).doses());
    assertRefused("dose-interval", () -> plan(PFIZER, first, FIRST.plusDays(43)));
    var born = LocalDate.of(1960, 1, 1);
    assertRefused(
        "second-dose-slot-invalid",
        () -> DosePlan.of(ASTRAZENECA, ALL::get, first, born, FIRST.plusDays(60)));
  }

  @Test
  void nothingIsLeftToBookAfterABooster() {
    var boosted =
        List.of(
            new BookedDose(1, "PFIZER", FIRST),
            new BookedDose(2, "PFIZER", FIRST.plusDays(21)),
            new BookedDose(3, "PFIZER", FIRST.plusDays(120)));
    assertRefused("series-complete", () -> plan(PFIZER, boosted, FIRST.plusDays(400)));
  }

  private static DosePlan plan(DoseSchedule product, List<BookedDose> held, LocalDate date) {
    return DosePlan.of(product, ALL::get, held, BORN, date);
  }

  private static void assertRefused(String slug, org.junit.jupiter.api.function.Executable step) {
    var refused = assertThrows(BookingRefused.class, step);
    assertEquals("urn:vaxline:problem:" + slug, refused.problem().type().toString());
  }
}
