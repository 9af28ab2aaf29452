package org.vaxline.allocation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class SlotCountTest {

  private static final long NOW = 1_626_692_400_000L; // 2021-07-19T20:00:00+09:00
  private static final long THREE_MINUTES = 180_000;

  @Test
  void aHoldTakesASeatUntilOneMillisecondBeforeItExpires() {
    var count = SlotCount.of(1, 0, NOW).held("h", NOW + THREE_MINUTES, NOW);
    assertEquals(0, count.available(NOW + THREE_MINUTES - 1));
    assertTrue(count.holds("h", NOW + THREE_MINUTES - 1));
  }

  @Test
  void anExpiredHoldGivesItsSeatBackAtTheExactInstantOfExpiry() {
    var count = SlotCount.of(1, 0, NOW).held("h", NOW + THREE_MINUTES, NOW);
    assertEquals(1, count.available(NOW + THREE_MINUTES));
    assertFalse(count.holds("h", NOW + THREE_MINUTES));
    assertTrue(count.held("other", NOW + 2 * THREE_MINUTES, NOW + THREE_MINUTES) != null);
  }

  @Test
  void aFullSlotRefusesAnotherHold() {
    var count = SlotCount.of(2, 1, NOW).held("a", NOW + THREE_MINUTES, NOW);
    assertNull(count.held("b", NOW + THREE_MINUTES, NOW));
  }

  @Test
  void holdingTwiceWithTheSameHoldTakesOneSeat() {
    var count = SlotCount.of(2, 0, NOW).held("a", NOW + THREE_MINUTES, NOW);
    assertEquals(1, count.held("a", NOW + THREE_MINUTES, NOW).available(NOW));
  }

  @Test
  void confirmingTurnsTheHoldIntoABookedSeat() {
    var count = SlotCount.of(3, 1, NOW).held("a", NOW + THREE_MINUTES, NOW).confirmed("a", NOW);
    assertEquals(2, count.booked());
    assertTrue(count.holds().isEmpty());
    assertEquals(1, count.available(NOW));
  }

  @Test
  void aBatchOfConfirmationsBooksEachOfItsHoldsInOneChange() {
    var held =
        SlotCount.of(5, 1, NOW)
            .held("a", NOW + THREE_MINUTES, NOW)
            .held("b", NOW + THREE_MINUTES, NOW)
            .held("c", NOW + THREE_MINUTES, NOW);
    var count = held.confirmed(List.of("a", "c", "lost"), NOW);
    assertEquals(4, count.booked(), "three seats the database took, one of them a lost hold's");
    assertEquals(Set.of("b"), count.holds().keySet());
    assertEquals(0, count.available(NOW));
    assertEquals(held.version() + 1, count.version(), "one change for the batch");
  }

  @Test
  void aConfirmationWhoseHoldWasLostStillCountsTheSeatTheDatabaseTook() {
    var rebuilt = SlotCount.of(3, 1, NOW);
    assertEquals(2, rebuilt.confirmed("lost", NOW).booked());
  }

  @Test
  void releasingAndGivingBackFreeSeats() {
    var count = SlotCount.of(2, 1, NOW).held("a", NOW + THREE_MINUTES, NOW);
    assertEquals(1, count.released("a", NOW).available(NOW));
    assertEquals(1, count.givenBack(NOW).available(NOW));
    assertEquals(0, SlotCount.of(1, 0, NOW).givenBack(NOW).booked(), "never below zero");
  }

  @Test
  void everyChangeIsANewerVersionAndARebuiltCounterIsNewerThanTheOneItReplaces() {
    var old = SlotCount.of(5, 0, NOW);
    var changed = old.held("a", NOW + THREE_MINUTES, NOW);
    assertTrue(changed.version() > old.version());
    assertTrue(SlotCount.of(5, 0, NOW + 1).version() > changed.version());
  }

  @Test
  void correctingTakesTheDatabasesFiguresAndKeepsLiveHolds() {
    var count = SlotCount.of(5, 0, NOW).held("a", NOW + THREE_MINUTES, NOW).corrected(8, 3, NOW);
    assertEquals(8, count.capacity());
    assertEquals(3, count.booked());
    assertEquals(4, count.available(NOW));
  }
}
