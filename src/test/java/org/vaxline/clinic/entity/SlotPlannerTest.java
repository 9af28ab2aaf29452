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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class SlotPlannerTest {

  /** Monday to Saturday 09:00–12:00 in hour-long slots of 6 Pfizer doses: 18 a day. */
  private static final SlotPlanner MORNINGS =
      new SlotPlanner(
          new ClinicSchedule(
              new WeeklyTemplate(
                  Arrays.stream(DayOfWeek.values())
                      .filter(d -> d != DayOfWeek.SUNDAY)
                      .collect(Collectors.toMap(d -> d, d -> OpeningHours.of(MORNING))),
                  Duration.ofHours(1),
                  Map.of("PFIZER", 6, "MODERNA", 0)),
              List.of()));

  private static final Instant SUNDAY_EVENING = kst("2021-08-22T20:00");

  @Test
  void withStockToSpareEveryTemplateSlotIsOffered() {
    var plan = MORNINGS.plan(MONDAY, MONDAY.plusDays(6), budget(shipments(1000, MONDAY)));
    assertEquals(18, plan.size(), "six days of three slots, none on Sunday, none of Moderna");
    assertEquals(hourFrom("2021-08-23T09:00", 6), plan.get(0));
    assertEquals(at("2021-08-28T12:00"), plan.get(17).end());
  }

  @Test
  void shortStockCutsTheLastSlotsOfTheDayFirst() {
    var plan = MORNINGS.plan(MONDAY, MONDAY, budget(shipments(10, MONDAY)));
    assertEquals(List.of(hourFrom("2021-08-23T09:00", 6), hourFrom("2021-08-23T10:00", 4)), plan);
  }

  @Test
  void theCapIsCumulativeOverSeveralDays() {
    var plan = MORNINGS.plan(MONDAY, MONDAY.plusDays(3), budget(shipments(40, MONDAY)));
    assertEquals(List.of(18, 18, 4, 0), dosesPerDay(plan, 4));
  }

  @Test
  void aShipmentArrivingMidRangeMakesLaterDaysFuller() {
    var wednesday = MONDAY.plusDays(2);
    var plan =
        MORNINGS.plan(
            MONDAY,
            MONDAY.plusDays(4),
            budget(
                List.of(
                    new Shipment("PFIZER", 20, MONDAY), new Shipment("PFIZER", 30, wednesday))));
    assertEquals(List.of(18, 2, 18, 12, 0), dosesPerDay(plan, 5));
  }

  @Test
  void wastedAndGivenDosesReduceWhatIsOffered() {
    var ledger =
        new DoseLedger(
            SUNDAY_EVENING, shipments(30, MONDAY), Map.of("PFIZER", 6), Map.of("PFIZER", 7));
    var plan = MORNINGS.plan(MONDAY, MONDAY.plusDays(1), new DoseBudget(ledger, List.of()));
    assertEquals(List.of(17, 0), dosesPerDay(plan, 2));
    assertEquals(5, plan.get(2).capacity(), "the last slot loses the doses");
  }

  @Test
  void slotsAlreadyOfferedLaterKeepTheirDoses() {
    var wednesdaySlot = new OfferedSlot(at("2021-08-25T09:00"), "PFIZER", 12, 0);
    var budget = new DoseBudget(ledger(shipments(20, MONDAY)), List.of(wednesdaySlot));
    var plan = MORNINGS.plan(MONDAY, MONDAY.plusDays(1), budget);
    assertEquals(List.of(8, 0), dosesPerDay(plan, 2));
  }

  @Test
  void planningTheSameRangeAgainPlansNothingMore() {
    var ledger =
        ledger(
            List.of(
                new Shipment("PFIZER", 25, MONDAY), new Shipment("PFIZER", 9, MONDAY.plusDays(2))));
    var first = MORNINGS.plan(MONDAY, MONDAY.plusDays(5), new DoseBudget(ledger, List.of()));
    var offered =
        first.stream()
            .map(s -> new OfferedSlot(s.start(), s.productCode(), s.capacity(), 0))
            .toList();
    assertEquals(
        List.of(), MORNINGS.plan(MONDAY, MONDAY.plusDays(5), new DoseBudget(ledger, offered)));
  }

  @Test
  void aNewShipmentRaisesTheCutSlotAndAddsTheOnesAfterIt() {
    var offered =
        List.of(
            new OfferedSlot(at("2021-08-23T09:00"), "PFIZER", 6, 0),
            new OfferedSlot(at("2021-08-23T10:00"), "PFIZER", 4, 0));
    var restocked =
        ledger(List.of(new Shipment("PFIZER", 10, MONDAY), new Shipment("PFIZER", 5, MONDAY)));
    var plan = MORNINGS.plan(MONDAY, MONDAY, new DoseBudget(restocked, offered));
    assertEquals(List.of(hourFrom("2021-08-23T10:00", 6), hourFrom("2021-08-23T11:00", 3)), plan);
  }

  @Test
  void aSlotAboveTheTemplateIsLeftAsItIs() {
    var raisedByStaff = new OfferedSlot(at("2021-08-23T09:00"), "PFIZER", 9, 0);
    var plan =
        MORNINGS.plan(
            MONDAY, MONDAY, new DoseBudget(ledger(shipments(100, MONDAY)), List.of(raisedByStaff)));
    assertEquals(
        List.of(at("2021-08-23T10:00"), at("2021-08-23T11:00")),
        plan.stream().map(PlannedSlot::start).toList());
  }

  @Test
  void aSlotStartingBeforeTheLedgersInstantIsNotPlanned() {
    var tenAm = kst("2021-08-23T10:00");
    assertEquals(2, plannedMondayAsOf(tenAm.minusMillis(1)).size());
    assertEquals(2, plannedMondayAsOf(tenAm).size(), "a slot starting now can still be booked");
    assertEquals(1, plannedMondayAsOf(tenAm.plusMillis(1)).size());
    assertEquals(at("2021-08-23T11:00"), plannedMondayAsOf(tenAm.plusMillis(1)).get(0).start());
  }

  /**
   * Random stock, waste and an existing slot (sometimes at a template time, sometimes beyond the
   * stock on its own): on every day, what the plan adds never exceeds the spare stock of that day,
   * and nothing is added up to a day the existing slots already overrun.
   */
  @Test
  void neverPromisesMoreThanTheStockOfAnyDay() {
    for (long seed = 1; seed <= 300; seed++) {
      var random = new Random(seed);
      var shipments =
          random
              .ints(3, 1, 40)
              .mapToObj(d -> new Shipment("PFIZER", d, MONDAY.plusDays(random.nextInt(6))))
              .toList();
      var ledger =
          new DoseLedger(SUNDAY_EVENING, shipments, Map.of(), Map.of("PFIZER", random.nextInt(10)));
      var existing =
          new OfferedSlot(
              MONDAY.plusDays(random.nextInt(8)).atTime(9 + random.nextInt(8), 0),
              "PFIZER",
              random.nextInt(12),
              0);
      var plan =
          MORNINGS.plan(MONDAY, MONDAY.plusDays(6), new DoseBudget(ledger, List.of(existing)));
      for (var day = MONDAY; day.isBefore(MONDAY.plusDays(8)); day = day.plusDays(1)) {
        int existingThrough = existing.start().toLocalDate().isAfter(day) ? 0 : existing.capacity();
        int spare = Math.max(0, ledger.available("PFIZER", day) - existingThrough);
        assertTrue(addedThrough(plan, existing, day) <= spare, "seed " + seed + " on " + day);
      }
    }
  }

  private static int addedThrough(List<PlannedSlot> plan, OfferedSlot existing, LocalDate day) {
    return plan.stream()
        .filter(s -> !s.day().isAfter(day))
        .mapToInt(
            s -> s.capacity() - (s.start().equals(existing.start()) ? existing.capacity() : 0))
        .sum();
  }

  @Test
  void aRangeEndsOnOrAfterItsStart() {
    var budget = budget(shipments(10, MONDAY));
    assertThrows(
        IllegalArgumentException.class, () -> MORNINGS.plan(MONDAY, MONDAY.minusDays(1), budget));
  }

  private static List<PlannedSlot> plannedMondayAsOf(Instant asOf) {
    var ledger = new DoseLedger(asOf, shipments(100, MONDAY), Map.of(), Map.of());
    return MORNINGS.plan(MONDAY, MONDAY, new DoseBudget(ledger, List.of()));
  }

  private static List<Integer> dosesPerDay(List<PlannedSlot> plan, int days) {
    return MONDAY
        .datesUntil(MONDAY.plusDays(days))
        .map(
            day ->
                plan.stream()
                    .filter(s -> s.day().equals(day))
                    .mapToInt(PlannedSlot::capacity)
                    .sum())
        .toList();
  }

  private static PlannedSlot hourFrom(String start, int pfizerDoses) {
    return new PlannedSlot(at(start), at(start).plusHours(1), "PFIZER", pfizerDoses);
  }

  private static List<Shipment> shipments(int doses, LocalDate usableFrom) {
    return List.of(new Shipment("PFIZER", doses, usableFrom));
  }

  private static DoseLedger ledger(List<Shipment> shipments) {
    return new DoseLedger(SUNDAY_EVENING, shipments, Map.of(), Map.of());
  }

  private static DoseBudget budget(List<Shipment> shipments) {
    return new DoseBudget(ledger(shipments), List.of());
  }
}
