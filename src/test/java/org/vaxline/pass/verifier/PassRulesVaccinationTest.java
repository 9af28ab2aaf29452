package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vaxline.pass.verifier.PassFixtures.JANSSEN;
import static org.vaxline.pass.verifier.PassFixtures.MODERNA;
import static org.vaxline.pass.verifier.PassFixtures.PFIZER;
import static org.vaxline.pass.verifier.PassFixtures.adult;
import static org.vaxline.pass.verifier.PassFixtures.kst;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class PassRulesVaccinationTest {

  private static final PassFixtures.History SECOND_DOSE_ON_1_OCTOBER =
      adult().dose(PFIZER, 1, 2, "2021-09-10").dose(PFIZER, 2, 2, "2021-10-01");

  /** Valid from 00:00 of 15 October through 24:00 of 30 March (1 October + 180 days). */
  private static final PassStatus SERIES_OF_1_OCTOBER =
      new PassStatus(
          PassReason.PRIMARY_SERIES_COMPLETE, kst("2021-10-15T00:00"), kst("2022-03-31T00:00"));

  @Test
  void notYetValidThirteenDaysTwentyThreeFiftyNineAfterDoseTwoAndValidFromTheFourteenthDay() {
    assertEquals(
        new PassStatus(PassReason.NOT_YET_VALID, kst("2021-10-15T00:00"), kst("2022-03-31T00:00")),
        SECOND_DOSE_ON_1_OCTOBER.evaluate(kst("2021-10-14T23:59:59.999")));
    SECOND_DOSE_ON_1_OCTOBER.assertBecomes(SERIES_OF_1_OCTOBER);
  }

  @Test
  void validThroughTheEndOfTheHundredEightiethDayAfterDoseTwo() {
    assertEquals(
        SERIES_OF_1_OCTOBER, SECOND_DOSE_ON_1_OCTOBER.evaluate(kst("2022-03-30T23:59:59.999")));
    SECOND_DOSE_ON_1_OCTOBER.assertRunsOut(SERIES_OF_1_OCTOBER);
  }

  /**
   * The press of 2 January 2022: a second dose on or before 6 July 2021 lost the pass on 3 January.
   */
  @Test
  void calibration_aSecondDoseOnSixJulyLostThePassAtMidnightStartingThirdJanuary() {
    var thirdJanuary = kst("2022-01-03T00:00");
    adult()
        .dose(MODERNA, 2, 2, "2021-07-06")
        .assertRunsOut(
            new PassStatus(
                PassReason.PRIMARY_SERIES_COMPLETE, kst("2021-07-20T00:00"), thirdJanuary));
    assertEquals(
        new PassStatus(
            PassReason.PRIMARY_SERIES_COMPLETE, kst("2021-07-21T00:00"), kst("2022-01-04T00:00")),
        adult().dose(MODERNA, 2, 2, "2021-07-07").evaluate(thirdJanuary),
        "a second dose on 7 July still counted on 3 January");
  }

  /**
   * The calibration as the issue words it, a 14-day mark on 6 July (second dose on 22 June): by the
   * day count its last day was 19 December, but nothing expired before 3 January.
   */
  @Test
  void calibration_aFourteenDayMarkOnSixJulyAlsoLostThePassAtMidnightStartingThirdJanuary() {
    adult()
        .dose(PFIZER, 2, 2, "2021-06-22")
        .assertRunsOut(
            new PassStatus(
                PassReason.PRIMARY_SERIES_COMPLETE,
                kst("2021-07-06T00:00"),
                kst("2022-01-03T00:00")));
  }

  /** KDCA's example: "2021년 7월 10일 2차 접종시 2022년 1월 6일 24시까지 효력 인정". */
  @Test
  void kdcaExample_aSecondDoseOnTenJulyCountsUntilTwentyFourHundredOnSixJanuary() {
    var tenJuly = adult().dose(PFIZER, 2, 2, "2021-07-10");
    assertEquals(kst("2022-01-07T00:00"), tenJuly.evaluate(kst("2022-01-06T12:00")).validUntil());
    assertEquals(PassReason.EXPIRED, tenJuly.evaluate(kst("2022-01-07T00:00")).reason());
  }

  @Test
  void noPrimarySeriesExpiredBeforeTheRuleCameIntoForceOnThirdJanuary() {
    var firstOfMay = adult().dose(PFIZER, 2, 2, "2021-05-01");
    var inForce = kst("2022-01-03T00:00");
    assertEquals(
        new PassStatus(PassReason.PRIMARY_SERIES_COMPLETE, kst("2021-05-15T00:00"), inForce),
        firstOfMay.evaluate(inForce.minusMillis(1)),
        "180 days after 1 May ended on 28 October, but nothing expired before 3 January");
    assertEquals(PassReason.EXPIRED, firstOfMay.evaluate(inForce).reason());
  }

  @Test
  void aBoosterCountsFromMidnightStartingItsDayWithNoExpiry() {
    var boosted = adult().dose(PFIZER, 2, 2, "2021-06-01").dose(MODERNA, 3, 3, "2022-01-05");
    boosted.assertBecomes(new PassStatus(PassReason.BOOSTED, kst("2022-01-05T00:00"), null));
    assertEquals(PassReason.BOOSTED, boosted.evaluate(kst("2030-01-01T00:00")).reason());
  }

  @Test
  void aBoosterIsRecognisedInEveryWayACertificateWritesIt() {
    var at = kst("2022-01-10T12:00");
    assertEquals(
        PassReason.BOOSTED, adult().dose(PFIZER, 3, 3, "2022-01-10").evaluate(at).reason());
    assertEquals(
        PassReason.BOOSTED, adult().dose(PFIZER, 3, 2, "2022-01-10").evaluate(at).reason());
    assertEquals(
        PassReason.BOOSTED,
        adult().dose(PFIZER, 2, 1, "2022-01-10").evaluate(at).reason(),
        "2/1: a booster after Janssen");
    assertEquals(
        PassReason.BOOSTED, adult().dose(JANSSEN, 2, 2, "2022-01-10").evaluate(at).reason());
  }

  @Test
  void aDoseGivenAfterACompletedSeriesIsABoosterWhateverItsNumbers() {
    var janssenThenPfizer =
        adult().dose(JANSSEN, 1, 1, "2021-06-01").dose(PFIZER, 1, 1, "2022-01-10");
    assertEquals(
        new PassStatus(PassReason.BOOSTED, kst("2022-01-10T00:00"), null),
        janssenThenPfizer.evaluate(kst("2022-01-10T12:00")));
  }

  @Test
  void janssenCompletesTheSeriesInOneDose() {
    adult()
        .dose(JANSSEN, 1, 1, "2021-11-01")
        .assertBecomes(
            new PassStatus(
                PassReason.PRIMARY_SERIES_COMPLETE,
                kst("2021-11-15T00:00"),
                kst("2022-05-01T00:00")));
  }

  @Test
  void aFirstDoseAnUnknownProductOrAOneOfOneOfATwoDoseProductDoesNotQualify() {
    var at = kst("2022-01-10T12:00");
    var none = new PassStatus(PassReason.NO_QUALIFYING_RECORD, null, null);
    assertEquals(none, adult().dose(PFIZER, 1, 2, "2021-12-01").evaluate(at));
    assertEquals(none, adult().dose("Sputnik-V", 2, 2, "2021-12-01").evaluate(at));
    assertEquals(none, adult().dose(PFIZER, 1, 1, "2021-12-01").evaluate(at));
  }
}
