package org.vaxline.clinic.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vaxline.clinic.entity.Week.MONDAY;
import static org.vaxline.clinic.entity.Week.at;
import static org.vaxline.clinic.entity.Week.kst;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DoseBudgetTest {

  private static final Instant SUNDAY_EVENING = kst("2021-08-22T20:00");
  private static final List<Shipment> SIXTY_ON_MONDAY = List.of(new Shipment("PFIZER", 60, MONDAY));

  @Test
  void headroomIsTheStockLessWhatTheSlotsAlreadyPromise() {
    var budget =
        sundayEvening(
            SIXTY_ON_MONDAY,
            new OfferedSlot(at("2021-08-23T09:00"), "PFIZER", 6, 0),
            new OfferedSlot(at("2021-08-23T10:00"), "PFIZER", 6, 0),
            new OfferedSlot(at("2021-08-23T10:00"), "MODERNA", 4, 0));
    assertEquals(48, budget.headroom("PFIZER", MONDAY));
    assertEquals(48, budget.headroom("PFIZER", MONDAY.plusDays(1)), "the same doses, cumulatively");
    assertEquals(0, budget.headroom("PFIZER", MONDAY.minusDays(1)), "nothing usable yet on Sunday");
  }

  @Test
  void aLaterDaysSlotsHoldTheirDosesAgainstAnEarlierDay() {
    var wednesday = MONDAY.plusDays(2);
    var budget =
        sundayEvening(
            List.of(
                new Shipment("PFIZER", 20, MONDAY),
                new Shipment("PFIZER", 100, wednesday.plusDays(1))),
            new OfferedSlot(at("2021-08-25T09:00"), "PFIZER", 12, 0));
    assertEquals(8, budget.headroom("PFIZER", MONDAY));
    assertEquals(new OfferCheck.Fits(0), budget.check("PFIZER", MONDAY, 8));
    assertEquals(
        new OfferCheck.ExceedsInventory(9, 8, wednesday), budget.check("PFIZER", MONDAY, 9));
    assertEquals(108, budget.headroom("PFIZER", wednesday.plusDays(1)));
  }

  @Test
  void aLaterShipmentDoesNotCoverAnEarlierDay() {
    var wednesday = MONDAY.plusDays(2);
    var budget =
        sundayEvening(
            List.of(new Shipment("PFIZER", 20, MONDAY), new Shipment("PFIZER", 30, wednesday)));
    assertEquals(20, budget.headroom("PFIZER", MONDAY.plusDays(1)));
    assertEquals(50, budget.headroom("PFIZER", wednesday));
    assertEquals(
        new OfferCheck.ExceedsInventory(21, 20, MONDAY.plusDays(1)),
        budget.check("PFIZER", MONDAY.plusDays(1), 21));
  }

  @Test
  void aDoseGivenInASlotIsNotCountedTwice() {
    var mondayMorning = kst("2021-08-23T10:30");
    var given = ledger(mondayMorning, SIXTY_ON_MONDAY, 5, 0);
    var recordedInTheSlot =
        new DoseBudget(given, List.of(new OfferedSlot(at("2021-08-23T09:00"), "PFIZER", 6, 5)));
    assertEquals(54, recordedInTheSlot.headroom("PFIZER", MONDAY), "60 − 5 given − 1 still due");
  }

  @Test
  void slotsOfDaysGoneByNoLongerPromiseAnything() {
    var tuesdayMorning = kst("2021-08-24T08:00");
    var budget =
        new DoseBudget(
            ledger(tuesdayMorning, SIXTY_ON_MONDAY, 4, 0),
            List.of(new OfferedSlot(at("2021-08-23T17:30"), "PFIZER", 6, 4)));
    assertEquals(56, budget.headroom("PFIZER", MONDAY.plusDays(1)), "two no-shows on Monday");
  }

  @Test
  void nothingCanBeOfferedOnADayGoneBy() {
    var budget = sundayEvening(SIXTY_ON_MONDAY);
    var saturday = MONDAY.minusDays(2);
    assertEquals(0, budget.headroom("PFIZER", saturday));
    assertEquals(
        new OfferCheck.ExceedsInventory(1, 0, saturday), budget.check("PFIZER", saturday, 1));
  }

  @Test
  void wasteAfterTheSlotsWereOfferedShowsAsNegativeHeadroomAndGivingBackAlwaysFits() {
    var budget =
        new DoseBudget(
            ledger(SUNDAY_EVENING, List.of(new Shipment("PFIZER", 12, MONDAY)), 0, 2),
            List.of(new OfferedSlot(at("2021-08-23T09:00"), "PFIZER", 12, 0)));
    assertEquals(-2, budget.headroom("PFIZER", MONDAY));
    assertEquals(new OfferCheck.ExceedsInventory(1, -2, MONDAY), budget.check("PFIZER", MONDAY, 1));
    assertEquals(new OfferCheck.Fits(-2), budget.check("PFIZER", MONDAY, 0));
    assertEquals(new OfferCheck.Fits(0), budget.check("PFIZER", MONDAY, -2));
  }

  private static DoseBudget sundayEvening(List<Shipment> shipments, OfferedSlot... offered) {
    return new DoseBudget(ledger(SUNDAY_EVENING, shipments, 0, 0), List.of(offered));
  }

  private static DoseLedger ledger(Instant asOf, List<Shipment> shipments, int given, int wasted) {
    return new DoseLedger(asOf, shipments, Map.of("PFIZER", given), Map.of("PFIZER", wasted));
  }
}
