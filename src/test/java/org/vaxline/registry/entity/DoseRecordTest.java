package org.vaxline.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.verifier.HealthHistory;
import org.vaxline.pass.verifier.PassReason;
import org.vaxline.pass.verifier.PassRules;
import org.vaxline.vaccine.entity.EuCodes;

class DoseRecordTest {

  private static final EuCodes PFIZER = new EuCodes("1119349007", "EU/1/20/1528", "ORG-100030215");
  private static final EuCodes JANSSEN = new EuCodes("J07BX03", "EU/1/20/1525", "ORG-100001417");

  @Test
  void aTwoDoseSeriesIsWrittenOneOfTwoTwoOfTwoThenBoostersThreeOfThree() {
    assertEquals(2, DoseRecord.seriesDoses(1, 2));
    assertEquals(2, DoseRecord.seriesDoses(2, 2));
    assertEquals(3, DoseRecord.seriesDoses(3, 2));
    assertEquals(4, DoseRecord.seriesDoses(4, 2));
  }

  @Test
  void aBoosterAfterJanssenIsWrittenTwoOfOne() {
    assertEquals(1, DoseRecord.seriesDoses(1, 1));
    assertEquals(1, DoseRecord.seriesDoses(2, 1));
  }

  @Test
  void aDoseIsStatedOnItsKoreanDate() {
    // 23:30 UTC on 30 September is 08:30 on 1 October in Korea.
    var dose = record(2, "2021-09-30T23:30:00Z").stated(PFIZER, 2);
    assertEquals(LocalDate.of(2021, 10, 1), dose.date());
    assertEquals("EU/1/20/1528", dose.vaccination().product());
    assertEquals(2, dose.given().dn());
    assertEquals(2, dose.given().sd());
    assertEquals("ORG-100030215", dose.given().ma());
  }

  @Test
  void recordedDosesReadByThePassRulesGiveAPassFourteenDaysAfterTheSeries() {
    var history =
        new HealthHistory(
            LocalDate.of(1964, 7, 19),
            List.of(
                record(1, "2021-09-10T01:00:00Z").stated(PFIZER, 2).vaccination(),
                record(2, "2021-10-01T01:00:00Z").stated(PFIZER, 2).vaccination()),
            null,
            null,
            null);
    var rules = PassRules.korea2022();
    // 00:00 of 15 October in Korea
    var fourteenDays = Instant.parse("2021-10-14T15:00:00Z");
    assertFalse(rules.evaluate(history, fourteenDays.minusMillis(1)).valid());
    var status = rules.evaluate(history, fourteenDays);
    assertTrue(status.valid());
    assertEquals(PassReason.PRIMARY_SERIES_COMPLETE, status.reason());
  }

  @Test
  void aPfizerBoosterAfterJanssenCountsAsABooster() {
    var history =
        new HealthHistory(
            LocalDate.of(1980, 1, 1),
            List.of(
                record(1, "2021-07-01T01:00:00Z").stated(JANSSEN, 1).vaccination(),
                record(2, "2021-10-01T01:00:00Z").stated(PFIZER, 1).vaccination()),
            null,
            null,
            null);
    var status = PassRules.korea2022().evaluate(history, Instant.parse("2021-10-01T02:00:00Z"));
    assertEquals(PassReason.BOOSTED, status.reason());
  }

  private static DoseRecord record(int dose, String givenAt) {
    var given = Instant.parse(givenAt);
    return new DoseRecord(7, "PFIZER", "FF2587", dose, given, 3, given, "clinic1");
  }
}
