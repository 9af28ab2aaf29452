package org.vaxline.registry.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.verifier.TestResult.Kind;
import org.vaxline.pass.verifier.TestResult.Outcome;

class TestReportTest {

  private static final Instant NOW = Instant.parse("2022-01-10T03:00:00Z");

  @Test
  void aResultNotifiedExactlyNowIsRecordedAndOneMillisecondLaterIsNot() {
    assertDoesNotThrow(() -> report(NOW.minusSeconds(3600), NOW).requireNotified(NOW));
    assertThrows(
        RecordRejected.class,
        () -> report(NOW.minusSeconds(3600), NOW.plusMillis(1)).requireNotified(NOW));
  }

  @Test
  void aResultIsNotifiedNoEarlierThanItsSampleWasTaken() {
    assertDoesNotThrow(() -> report(NOW, NOW));
    assertThrows(RecordRejected.class, () -> report(NOW, NOW.minusMillis(1)));
  }

  private static TestReport report(Instant sampled, Instant notified) {
    return new TestReport(7, Kind.PCR, Outcome.NEGATIVE, sampled, notified, 3);
  }
}
