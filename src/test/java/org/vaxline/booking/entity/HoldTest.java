package org.vaxline.booking.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class HoldTest {

  private static final Instant HELD_AT = Instant.parse("2021-07-19T11:00:00Z");

  @Test
  void aHoldIsLiveForThreeMinutesLessOneMillisecond() {
    var hold =
        new Hold("h", 9, 1, 1, "a", List.of(new Hold.HeldDose(1, 7)), HELD_AT.plus(Hold.LIFETIME));
    assertTrue(hold.isLive(HELD_AT.plus(Hold.LIFETIME).minusMillis(1)));
    assertFalse(hold.isLive(HELD_AT.plus(Hold.LIFETIME)));
  }
}
