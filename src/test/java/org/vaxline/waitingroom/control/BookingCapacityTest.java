package org.vaxline.waitingroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.concurrency.limits.Limiter.Listener;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class BookingCapacityTest {

  @Test
  void overTheLimitARequestIsRefusedAtOnceAndAReleasedPlaceIsFreeAgain() {
    var capacity = new BookingCapacity(3);
    var places = new ArrayList<Listener>();
    for (int i = 0; i < 3; i++) {
      places.add(capacity.enter().orElseThrow());
    }
    assertTrue(capacity.enter().isEmpty(), "the fourth is refused, not queued");
    places.remove(0).onSuccess();
    assertTrue(capacity.enter().isPresent());
  }

  @Test
  void theAdmitterGetsTheRoomTheLimitLeaves() {
    var capacity = new BookingCapacity(4);
    assertEquals(1.0, capacity.headroom());
    var one = capacity.enter().orElseThrow();
    capacity.enter().orElseThrow();
    assertEquals(0.5, capacity.headroom());
    capacity.enter().orElseThrow();
    capacity.enter().orElseThrow();
    assertEquals(0.0, capacity.headroom(), "a full booking path admits no one");
    one.onDropped();
    assertTrue(capacity.headroom() > 0);
  }

  @Test
  void theOverloadAnswerTellsWhenToTryAgain() {
    var refused = new BookingOverloaded();
    assertEquals(503, refused.problem().status());
    assertEquals("urn:vaxline:problem:booking-overloaded", refused.problem().type().toString());
    assertEquals(2, refused.retryAfter().orElseThrow().toSeconds());
  }
}
