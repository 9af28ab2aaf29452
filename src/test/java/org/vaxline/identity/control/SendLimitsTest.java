package org.vaxline.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class SendLimitsTest {

  private static final SendLimits LIMITS =
      new SendLimits(Duration.ofSeconds(60), 5, 3, Duration.ofHours(1));
  private static final Instant T = Instant.parse("2021-08-09T11:00:00Z");
  private static final Duration MS = Duration.ofMillis(1);

  @Test
  void aFirstCodeIsAllowed() {
    assertTrue(LIMITS.refusedUntil(List.of(), List.of(), T).isEmpty());
  }

  @Test
  void aSecondCodeToThePersonWaitsSixtySecondsToTheMillisecond() {
    var sent = List.of(T);
    var pauseEnds = T.plusSeconds(60);
    assertEquals(Optional.of(pauseEnds), LIMITS.refusedUntil(sent, List.of(), pauseEnds.minus(MS)));
    assertTrue(LIMITS.refusedUntil(sent, List.of(), pauseEnds).isEmpty());
  }

  @Test
  void fiveCodesAnHourPerPersonAndTheOldestLeavingTheWindowFreesOne() {
    var sent =
        List.of(
            T, T.plusSeconds(600), T.plusSeconds(1200), T.plusSeconds(1800), T.plusSeconds(2400));
    var oldestLeaves = T.plus(Duration.ofHours(1));
    assertEquals(
        Optional.of(oldestLeaves), LIMITS.refusedUntil(sent, List.of(), oldestLeaves.minus(MS)));
    assertTrue(LIMITS.refusedUntil(sent, List.of(), oldestLeaves).isEmpty());
  }

  @Test
  void anAddressMayAskForAFixedNumberOfCodesAnHourWhoeverTheyAreFor() {
    var asked = List.of(T, T.plusSeconds(1), T.plusSeconds(2));
    var now = T.plusSeconds(100);
    assertEquals(
        Optional.of(T.plus(Duration.ofHours(1))), LIMITS.refusedUntil(List.of(), asked, now));
    assertTrue(
        LIMITS.refusedUntil(List.of(), asked.subList(0, 2), now).isEmpty(), "two of three used");
  }

  @Test
  void theLaterOfTwoRefusalsIsTheOneReported() {
    var person = List.of(T.plusSeconds(50));
    var client = List.of(T, T.plusSeconds(1), T.plusSeconds(2));
    assertEquals(
        Optional.of(T.plus(Duration.ofHours(1))),
        LIMITS.refusedUntil(person, client, T.plusSeconds(60)));
  }
}
