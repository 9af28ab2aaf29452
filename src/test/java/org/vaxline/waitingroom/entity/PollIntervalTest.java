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
class PollIntervalTest {

  private static Optional<WaitEstimate> about(long seconds) {
    return Optional.of(new WaitEstimate(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds)));
  }

  @Test
  void pollsAfterATenthOfTheEstimatedWait() {
    assertEquals(Duration.ofSeconds(30), PollInterval.retryAfter(150_000, about(300)));
    assertEquals(Duration.ofSeconds(5), PollInterval.retryAfter(2_500, about(41)));
  }

  @Test
  void neverSoonerThanTwoSecondsNorLaterThanAMinute() {
    assertEquals(Duration.ofSeconds(2), PollInterval.retryAfter(0, about(0)));
    assertEquals(Duration.ofSeconds(2), PollInterval.retryAfter(10, about(3)));
    assertEquals(Duration.ofSeconds(60), PollInterval.retryAfter(10_000_000, about(10_000)));
    assertEquals(Duration.ofSeconds(60), PollInterval.retryAfter(Long.MAX_VALUE, Optional.empty()));
  }

  @Test
  void anUnknownWaitPollsLessOftenFurtherBack() {
    assertEquals(Duration.ofSeconds(2), PollInterval.retryAfter(0, Optional.empty()));
    assertEquals(Duration.ofSeconds(2), PollInterval.retryAfter(100, Optional.empty()));
    assertEquals(Duration.ofSeconds(3), PollInterval.retryAfter(101, Optional.empty()));
    assertEquals(Duration.ofSeconds(20), PollInterval.retryAfter(10_000, Optional.empty()));
    assertEquals(Duration.ofSeconds(60), PollInterval.retryAfter(90_000, Optional.empty()));
    long previous = 0;
    for (long ahead = 0; ahead < 1_000_000; ahead += 97) {
      long seconds = PollInterval.retryAfter(ahead, Optional.empty()).toSeconds();
      assertTrue(seconds >= previous, ahead + " ahead polls sooner than fewer ahead");
      previous = seconds;
    }
  }

  @Test
  void refusesANegativeNumberAhead() {
    assertThrows(IllegalArgumentException.class, () -> PollInterval.retryAfter(-1, about(1)));
  }

  /**
   * 10,000,000 people wait while 1,000 a second are admitted: each polls once per interval, so the
   * queue polls sum(1 / interval) times a second. A fixed 2-second poll would be 5,000,000. Each
   * block of ten people is counted at the interval of its first, which is never longer than the
   * others' (the interval grows with the people ahead), so the figure is an upper bound.
   */
  @Test
  void tenMillionWaitingPeoplePollAtABoundedRate() {
    var history = new AdmissionHistory(Duration.ofMinutes(5));
    admit(history, 0, 1_000, 0, 300);
    long waiting = 10_000_000;
    int block = 10;
    double measured = 0;
    double unknown = 0;
    for (long ahead = 0; ahead < waiting; ahead += block) {
      var estimate = WaitEstimate.of(ahead, history);
      measured += (double) block / PollInterval.retryAfter(ahead, estimate).toSeconds();
      unknown += (double) block / PollInterval.retryAfter(ahead, Optional.empty()).toSeconds();
    }
    double fixed = waiting / 2.0;
    System.out.printf(
        "PollInterval: 10,000,000 waiting at 1,000/s poll at most %,.0f times/s (%.1f %% of a"
            + " fixed 2-s poll's %,.0f); with the wait unknown at most %,.0f times/s%n",
        measured, 100 * measured / fixed, fixed, unknown);
    assertTrue(measured < fixed / 5, measured + " polls a second");
    assertTrue(unknown < fixed / 5, unknown + " polls a second with the wait unknown");
  }
}
