package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vaxline.pass.verifier.PassFixtures.adult;
import static org.vaxline.pass.verifier.PassFixtures.kst;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class PassRulesTestResultTest {

  @Test
  void aNegativePcrCountsUntilMidnightOfTheDayOnWhichFortyEightHoursFromNotificationEnd() {
    var pcr = adult().negativePcrNotified("2022-01-10T15:00");
    var counted =
        new PassStatus(PassReason.NEGATIVE_PCR, kst("2022-01-10T15:00"), kst("2022-01-13T00:00"));
    pcr.assertBecomes(counted);
    pcr.assertRunsOut(counted);
  }

  @Test
  void aNotificationOneMillisecondAfterMidnightCountsAWholeDayLonger() {
    var beforeMidnight = adult().negativePcrNotified("2022-01-10T23:59:59.999");
    var atMidnight = adult().negativePcrNotified("2022-01-11T00:00");
    assertEquals(
        kst("2022-01-13T00:00"), beforeMidnight.evaluate(kst("2022-01-11T12:00")).validUntil());
    assertEquals(
        kst("2022-01-14T00:00"), atMidnight.evaluate(kst("2022-01-11T12:00")).validUntil());
    var at = kst("2022-01-13T00:00");
    assertEquals(PassReason.EXPIRED, beforeMidnight.evaluate(at).reason());
    assertEquals(PassReason.NEGATIVE_PCR, atMidnight.evaluate(at).reason());
  }

  /** An HCERT test entry has only the sampling instant: counting from it is never more lenient. */
  @Test
  void aResultWithNoNotificationInstantCountsFromSampling() {
    var sampled = kst("2022-01-10T23:00");
    var fromSampling = adult().test(pcr(TestResult.Outcome.NEGATIVE, sampled, null));
    var notifiedNextMorning =
        adult().test(pcr(TestResult.Outcome.NEGATIVE, sampled, kst("2022-01-11T09:00")));
    var at = kst("2022-01-11T12:00");
    assertEquals(
        new PassStatus(PassReason.NEGATIVE_PCR, sampled, kst("2022-01-13T00:00")),
        fromSampling.evaluate(at));
    assertEquals(kst("2022-01-14T00:00"), notifiedNextMorning.evaluate(at).validUntil());
  }

  @Test
  void aPositiveResultNeverQualifies() {
    var positive = adult().test(pcr(TestResult.Outcome.POSITIVE, kst("2022-01-10T09:00"), null));
    assertEquals(
        new PassStatus(PassReason.NO_QUALIFYING_RECORD, null, null),
        positive.evaluate(kst("2022-01-10T12:00")));
  }

  /** 방대본 2022-01-25: "이날 오전 10시에 검사를 받았다면 27일 밤 12시까지 유효". */
  @Test
  void aRapidAntigenResultCountsTwentyFourHoursToMidnightFromTwentySixthJanuaryOnly() {
    var acceptedFrom = kst("2022-01-26T00:00");
    var dayBefore = adult().test(rapidAntigen(acceptedFrom.minusMillis(1)));
    var firstDay = adult().test(rapidAntigen(acceptedFrom));
    var at = kst("2022-01-26T12:00");
    assertEquals(
        new PassStatus(PassReason.NO_QUALIFYING_RECORD, null, null), dayBefore.evaluate(at));
    assertEquals(
        new PassStatus(PassReason.NEGATIVE_RAPID_ANTIGEN, acceptedFrom, kst("2022-01-28T00:00")),
        firstDay.evaluate(at));
    var tenInTheMorning = adult().test(rapidAntigen(kst("2022-01-26T10:00")));
    assertEquals(
        PassReason.NEGATIVE_RAPID_ANTIGEN,
        tenInTheMorning.evaluate(kst("2022-01-27T23:59:59.999")).reason());
    assertEquals(PassReason.EXPIRED, tenInTheMorning.evaluate(kst("2022-01-28T00:00")).reason());
  }

  private static TestResult pcr(TestResult.Outcome outcome, Instant sampled, Instant notified) {
    return new TestResult(TestResult.Kind.PCR, outcome, sampled, notified);
  }

  private static TestResult rapidAntigen(Instant notified) {
    return new TestResult(
        TestResult.Kind.RAPID_ANTIGEN,
        TestResult.Outcome.NEGATIVE,
        notified.minusSeconds(900),
        notified);
  }
}
