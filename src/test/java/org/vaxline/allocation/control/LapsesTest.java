package org.vaxline.allocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LapsesTest {

  private static final long EXPIRY = 1_700_000_180_000L;

  @Test
  void aHoldIsDueExactlyAtItsExpiryAndNotAMillisecondBefore() {
    var lapses = new Lapses();
    lapses.add(7, EXPIRY);

    assertEquals(Set.of(), lapses.due(EXPIRY - 1));
    assertEquals(Set.of(7L), lapses.due(EXPIRY));
  }

  @Test
  void eachLapseIsDueOnceAndLaterOnesWait() {
    var lapses = new Lapses();
    lapses.add(7, EXPIRY);
    lapses.add(8, EXPIRY + 5_000);
    lapses.add(7, EXPIRY + 1);

    assertEquals(Set.of(7L), lapses.due(EXPIRY + 1));
    assertEquals(Set.of(), lapses.due(EXPIRY + 4_999));
    assertEquals(Set.of(8L), lapses.due(EXPIRY + 5_000));
    assertEquals(Set.of(), lapses.due(Long.MAX_VALUE));
  }

  @Test
  void twoHoldsOnOneSlotLapsingTogetherReadTheSlotOnce() {
    var lapses = new Lapses();
    lapses.add(7, EXPIRY);
    lapses.add(7, EXPIRY - 10);

    assertEquals(Set.of(7L), lapses.due(EXPIRY));
  }
}
