package org.vaxline.clinic.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vaxline.clinic.entity.Week.MONDAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DoseLedgerTest {

  private static final Instant SUNDAY_EVENING = Week.kst("2021-08-22T20:00");
  private static final List<Shipment> SIXTY_THEN_THIRTY =
      List.of(new Shipment("PFIZER", 60, MONDAY), new Shipment("PFIZER", 30, MONDAY.plusDays(2)));

  @Test
  void aShipmentCountsFromTheDayItIsUsable() {
    var ledger = new DoseLedger(SUNDAY_EVENING, SIXTY_THEN_THIRTY, Map.of(), Map.of());
    assertEquals(0, ledger.available("PFIZER", MONDAY.minusDays(1)));
    assertEquals(60, ledger.available("PFIZER", MONDAY));
    assertEquals(60, ledger.available("PFIZER", MONDAY.plusDays(1)));
    assertEquals(90, ledger.available("PFIZER", MONDAY.plusDays(2)));
    assertEquals(90, ledger.available("PFIZER", MONDAY.plusDays(30)));
  }

  @Test
  void dosesGivenOrWastedCountAgainstEveryDay() {
    var ledger =
        new DoseLedger(
            SUNDAY_EVENING, SIXTY_THEN_THIRTY, Map.of("PFIZER", 12), Map.of("PFIZER", 5));
    assertEquals(43, ledger.available("PFIZER", MONDAY));
    assertEquals(73, ledger.available("PFIZER", MONDAY.plusDays(2)));
  }

  @Test
  void productsAreCountedApart() {
    var ledger =
        new DoseLedger(
            SUNDAY_EVENING,
            List.of(new Shipment("PFIZER", 60, MONDAY), new Shipment("MODERNA", 40, MONDAY)),
            Map.of("MODERNA", 10),
            Map.of("PFIZER", 6));
    assertEquals(54, ledger.available("PFIZER", MONDAY));
    assertEquals(30, ledger.available("MODERNA", MONDAY));
    assertEquals(0, ledger.available("JANSSEN", MONDAY));
  }

  @Test
  @Tag("time-rules")
  void todayIsTheDateInKoreaWhateverTheServerZone() {
    var midnightInSeoul = Instant.parse("2021-08-22T15:00:00Z");
    assertEquals(LocalDate.of(2021, 8, 22), ledgerAsOf(midnightInSeoul.minusMillis(1)).today());
    assertEquals(LocalDate.of(2021, 8, 23), ledgerAsOf(midnightInSeoul).today());
    assertEquals(LocalDate.of(2021, 8, 23), ledgerAsOf(midnightInSeoul.plusMillis(1)).today());
  }

  @Test
  void countsAreZeroOrMoreAndShipmentsBringDoses() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DoseLedger(SUNDAY_EVENING, List.of(), Map.of("PFIZER", -1), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DoseLedger(SUNDAY_EVENING, List.of(), Map.of(), Map.of("PFIZER", -1)));
    assertThrows(IllegalArgumentException.class, () -> new Shipment("PFIZER", 0, MONDAY));
    assertThrows(IllegalArgumentException.class, () -> new Shipment("", 6, MONDAY));
    assertThrows(NullPointerException.class, () -> new Shipment("PFIZER", 6, null));
  }

  private static DoseLedger ledgerAsOf(Instant asOf) {
    return new DoseLedger(asOf, List.of(), Map.of(), Map.of());
  }
}
