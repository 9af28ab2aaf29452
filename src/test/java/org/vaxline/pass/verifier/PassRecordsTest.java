package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vaxline.pass.verifier.PassFixtures.day;
import static org.vaxline.pass.verifier.PassFixtures.kst;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input records and the result refuse values that cannot be true. */
class PassRecordsTest {

  @Test
  void aDoseNumberOrSeriesOutsideHcertsOneToNineIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Vaccination("EU/1/20/1528", 0, 2, day("2021-10-01")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Vaccination("EU/1/20/1528", 2, 10, day("2021-10-01")));
    assertThrows(
        IllegalArgumentException.class, () -> new Vaccination(" ", 2, 2, day("2021-10-01")));
  }

  @Test
  void aResultNotifiedBeforeItsSampleIsRefused() {
    var sampled = kst("2022-01-10T09:00");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TestResult(
                TestResult.Kind.PCR, TestResult.Outcome.NEGATIVE, sampled, sampled.minusMillis(1)));
  }

  @Test
  void aReleaseBeforeTheFirstPositiveOrACertificateEndingBeforeReleaseIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Recovery(day("2021-12-10"), day("2021-12-09"), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Recovery(day("2021-12-01"), day("2021-12-10"), day("2021-12-09")));
  }

  @Test
  void anExemptionEndingBeforeItStartsIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new Exemption(day("2022-01-10"), day("2022-01-09")));
  }

  @Test
  void aHistoryWithoutListsHasEmptyOnes() {
    var empty = new HealthHistory(null, null, null, null, null);
    assertEquals(List.of(), empty.vaccinations());
    assertEquals(List.of(), empty.exemptions());
  }

  @Test
  void aStatusMustCarryTheInstantsItsReasonPromises() {
    Instant at = kst("2022-01-10T00:00");
    assertThrows(
        IllegalArgumentException.class,
        () -> new PassStatus(PassReason.NO_QUALIFYING_RECORD, at, null));
    assertThrows(
        IllegalArgumentException.class, () -> new PassStatus(PassReason.BOOSTED, null, null));
    assertThrows(
        IllegalArgumentException.class, () -> new PassStatus(PassReason.EXPIRED, at, null));
    assertThrows(
        IllegalArgumentException.class, () -> new PassStatus(PassReason.NEGATIVE_PCR, at, at));
  }
}
