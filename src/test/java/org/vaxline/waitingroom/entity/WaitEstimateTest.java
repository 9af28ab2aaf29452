package org.vaxline.waitingroom.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.waitingroom.entity.AdmissionHistoryTest.admit;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class WaitEstimateTest {

  private final AdmissionHistory history = new AdmissionHistory(Duration.ofMinutes(5));

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static void assertWithinTwentyPercent(double expected, Duration actual) {
    double error = (seconds(actual) - expected) / expected;
    assertTrue(Math.abs(error) <= 0.20, actual + " is " + error + " off " + expected + " s");
  }

  private static void assertContains(double wait, WaitEstimate estimate) {
    assertTrue(
        seconds(estimate.low()) <= wait + 1e-6 && seconds(estimate.high()) >= wait - 1e-6,
        estimate + " does not contain " + wait + " s");
  }

  @Test
  void noEstimateBeforeAMinuteOfAdmissions() {
    admit(history, 0, 500, 0, 59);
    assertEquals(Optional.empty(), WaitEstimate.of(1_000, history));
    admit(history, 30_000, 500, 60, 60);
    assertTrue(WaitEstimate.of(1_000, history).isPresent());
  }

  @Test
  void aPausedAdmitterGivesAnUnknownWaitNotInfinity() {
    long serving = admit(history, 0, 500, 0, 180);
    admit(history, serving, 0, 181, 240);
    assertEquals(Optional.empty(), WaitEstimate.of(1_000, history));
    assertEquals(Optional.empty(), WaitEstimate.of(0, history), "even at the front");
  }

  @Test
  void anAdmitterThatNeverStartedGivesNoEstimate() {
    admit(history, 0, 0, 0, 600);
    assertEquals(Optional.empty(), WaitEstimate.of(1_000, history));
  }

  @Test
  void aSteadyRateGivesARangeOfTenPercentEitherSideOfTheExactWait() {
    admit(history, 0, 1_000, 0, 300);
    var estimate = WaitEstimate.of(59_999, history).orElseThrow();
    assertEquals(Duration.ofSeconds(60), estimate.midpoint());
    assertEquals(Duration.ofSeconds(54), estimate.low());
    assertEquals(Duration.ofSeconds(66), estimate.high());
  }

  @Test
  void nobodyAheadStillWaitsForTheirOwnAdmission() {
    admit(history, 0, 500, 0, 300);
    assertEquals(Duration.ofMillis(2), WaitEstimate.of(0, history).orElseThrow().midpoint());
  }

  @Test
  void aFasterAdmitterIsFollowedWithinAMinute() {
    long serving = admit(history, 0, 500, 0, 600);
    admit(history, serving + 1_000, 1_000, 601, 660);
    var estimate = WaitEstimate.of(99_999, history).orElseThrow();
    assertWithinTwentyPercent(100, estimate.midpoint());
    assertContains(100, estimate);
  }

  @Test
  void aSlowerAdmitterIsFollowedWithinAMinute() {
    long serving = admit(history, 0, 1_000, 0, 600);
    admit(history, serving + 500, 500, 601, 660);
    var estimate = WaitEstimate.of(49_999, history).orElseThrow();
    assertWithinTwentyPercent(100, estimate.midpoint());
    assertContains(100, estimate);
  }

  @Test
  void samplesFromBeforeTheOpeningDoNotDiluteTheRate() {
    admit(history, 0, 0, 0, 600);
    admit(history, 500, 500, 601, 661);
    var estimate = WaitEstimate.of(29_999, history).orElseThrow();
    assertEquals(Duration.ofSeconds(60), estimate.midpoint());
  }

  @Test
  void aWaitTooLongToStateIsUnknown() {
    admit(history, 0, 1, 0, 300);
    assertTrue(WaitEstimate.of(1_000_000_000, history).isPresent());
    assertEquals(Optional.empty(), WaitEstimate.of(Long.MAX_VALUE - 1, history));
  }

  @Test
  void refusesWhatIsNoWait() {
    assertThrows(IllegalArgumentException.class, () -> WaitEstimate.of(-1, history));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WaitEstimate(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WaitEstimate(Duration.ofSeconds(-1), Duration.ofSeconds(1)));
    assertThrows(NullPointerException.class, () -> new WaitEstimate(null, Duration.ZERO));
  }
}
