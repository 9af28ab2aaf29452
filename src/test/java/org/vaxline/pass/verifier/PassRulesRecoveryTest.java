package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vaxline.pass.verifier.PassFixtures.PFIZER;
import static org.vaxline.pass.verifier.PassFixtures.adult;
import static org.vaxline.pass.verifier.PassFixtures.day;
import static org.vaxline.pass.verifier.PassFixtures.kst;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class PassRulesRecoveryTest {

  /** Released 1 December 2021: valid from 00:00 that day through 24:00 of 30 May (+180 days). */
  private static final PassStatus RELEASED_1_DECEMBER =
      new PassStatus(PassReason.RECOVERED, kst("2021-12-01T00:00"), kst("2022-05-31T00:00"));

  @Test
  void anUnvaccinatedPersonsReleaseCountsFromItsDay() {
    adult().releasedFromIsolation("2021-12-01").assertBecomes(RELEASED_1_DECEMBER);
  }

  @Test
  void anUnvaccinatedPersonsReleaseCountsThroughTheHundredEightiethDayAfterIt() {
    adult().releasedFromIsolation("2021-12-01").assertRunsOut(RELEASED_1_DECEMBER);
  }

  @Test
  void aRecoveryNeverOutlastsItsCertificate() {
    var recovered =
        adult().recovery(new Recovery(day("2021-11-20"), day("2021-12-01"), day("2022-03-31")));
    assertEquals(kst("2022-04-01T00:00"), recovered.evaluate(kst("2022-01-10T12:00")).validUntil());
  }

  @Test
  void recoveredAfterTheSeriesHasNoExpiryFromTheRelease() {
    var breakthrough = adult().dose(PFIZER, 2, 2, "2021-06-01").releasedFromIsolation("2021-12-20");
    var forever =
        new PassStatus(PassReason.RECOVERED_WITH_PRIMARY_SERIES, kst("2021-12-20T00:00"), null);
    assertEquals(forever, breakthrough.evaluate(kst("2022-01-03T00:00")));
    assertEquals(forever, breakthrough.evaluate(kst("2030-01-01T00:00")));
  }

  @Test
  void recoveredBeforeTheSeriesHasNoExpiryFromTheFourteenDayMark() {
    var recoveredFirst =
        adult().releasedFromIsolation("2021-09-01").dose(PFIZER, 2, 2, "2021-11-01");
    assertEquals(
        new PassStatus(PassReason.RECOVERED, kst("2021-09-01T00:00"), kst("2022-03-01T00:00")),
        recoveredFirst.evaluate(kst("2021-11-14T23:59:59.999")),
        "until the 14-day mark the release itself counts");
    assertEquals(
        new PassStatus(PassReason.RECOVERED_WITH_PRIMARY_SERIES, kst("2021-11-15T00:00"), null),
        recoveredFirst.evaluate(kst("2021-11-15T00:00")));
  }

  @Test
  void aFirstDoseAfterRecoveryLeavesTheHundredEightyDays() {
    var oneDose = adult().releasedFromIsolation("2021-12-01").dose(PFIZER, 1, 2, "2021-12-20");
    assertEquals(RELEASED_1_DECEMBER, oneDose.evaluate(kst("2022-01-10T12:00")));
  }
}
