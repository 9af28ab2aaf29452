package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vaxline.pass.verifier.PassFixtures.PFIZER;
import static org.vaxline.pass.verifier.PassFixtures.adult;
import static org.vaxline.pass.verifier.PassFixtures.bornOn;
import static org.vaxline.pass.verifier.PassFixtures.kst;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class PassRulesExemptionTest {

  private static final Instant JANUARY = kst("2022-01-10T12:00");

  @Test
  void peopleBornOnOrAfterFirstJanuary2003AreExempt() {
    assertEquals(
        new PassStatus(PassReason.UNDER_AGE_EXEMPT, kst("2003-01-01T00:00"), null),
        bornOn("2003-01-01").evaluate(JANUARY));
    assertEquals(
        new PassStatus(PassReason.NO_QUALIFYING_RECORD, null, null),
        bornOn("2002-12-31").evaluate(JANUARY));
  }

  @Test
  void anUnknownBirthDateExemptsNobody() {
    var unknown = new HealthHistory(null, null, null, null, null);
    assertEquals(
        PassReason.NO_QUALIFYING_RECORD, PassFixtures.KOREA.evaluate(unknown, JANUARY).reason());
  }

  @Test
  void aMedicalExemptionCountsFromTheStartOfItsFirstDayToTheEndOfItsLast() {
    var exempt = adult().exemption("2022-01-10", "2022-07-08");
    var counted =
        new PassStatus(
            PassReason.MEDICAL_EXEMPTION, kst("2022-01-10T00:00"), kst("2022-07-09T00:00"));
    exempt.assertBecomes(counted);
    exempt.assertRunsOut(counted);
  }

  @Test
  void aMedicalExemptionWithNoEndNeverExpires() {
    assertEquals(
        new PassStatus(PassReason.MEDICAL_EXEMPTION, kst("2021-12-01T00:00"), null),
        adult().exemption("2021-12-01", null).evaluate(kst("2030-01-01T00:00")));
  }

  @Test
  void noRecordsNoPassAndAChime() {
    var status = adult().evaluate(JANUARY);
    assertEquals(new PassStatus(PassReason.NO_QUALIFYING_RECORD, null, null), status);
    assertEquals(Cue.CHIME_INVALID, status.cue());
    assertEquals("딩동", status.cue().heard());
  }

  @Test
  void aValidPassIsAnnouncedByVoice() {
    var status = bornOn("2005-03-03").evaluate(JANUARY);
    assertEquals(Cue.VOICE_VALID, status.cue());
    assertEquals("접종완료자입니다", status.cue().heard());
  }

  @Test
  void anyOneQualifyingRecordSufficesAndTheLongestLastingIsReported() {
    var seriesAndPcr =
        adult().dose(PFIZER, 2, 2, "2021-12-01").negativePcrNotified("2022-01-10T09:00");
    assertEquals(
        new PassStatus(
            PassReason.PRIMARY_SERIES_COMPLETE, kst("2021-12-15T00:00"), kst("2022-05-31T00:00")),
        seriesAndPcr.evaluate(JANUARY));
    var boostedTeenager = bornOn("2004-02-02").dose(PFIZER, 3, 3, "2022-01-05");
    assertEquals(
        PassReason.BOOSTED,
        boostedTeenager.evaluate(JANUARY).reason(),
        "between two records with no expiry, vaccination is named first");
  }

  @Test
  void aRecordStillToComeIsReportedBeforeOneThatRanOut() {
    var expiredPcrThenSeries =
        adult().negativePcrNotified("2022-01-01T09:00").dose(PFIZER, 2, 2, "2022-01-05");
    assertEquals(
        new PassStatus(PassReason.NOT_YET_VALID, kst("2022-01-19T00:00"), kst("2022-07-05T00:00")),
        expiredPcrThenSeries.evaluate(JANUARY));
  }
}
