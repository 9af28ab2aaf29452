package org.vaxline.waitingroom.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.waitingroom.entity.QueueWindow.Kind;

/** The opening of the 53-54 cohort, 2021-07-19 20:00 KST, with an hour of pre-queue. */
@Tag("time-rules")
class QueueWindowTest {

  private static final Instant OPENS = kst("2021-07-19T20:00");
  private static final Instant CLOSES = kst("2021-07-20T18:00");
  private static final Duration MS = Duration.ofMillis(1);
  private static final QueueWindow WINDOW = QueueWindow.of(OPENS, CLOSES, Duration.ofHours(1));

  @Test
  void thePreQueueOpensAnHourBeforeToTheMillisecond() {
    var preQueue = kst("2021-07-19T19:00");
    assertEquals(Kind.NOT_YET, WINDOW.kindAt(preQueue.minus(MS)));
    assertEquals(Kind.PRE_QUEUE, WINDOW.kindAt(preQueue));
  }

  @Test
  void aTicketOneMillisecondBeforeTheOpeningIsDrawnAndOneAtTheOpeningQueuesInArrivalOrder() {
    assertEquals(Kind.PRE_QUEUE, WINDOW.kindAt(OPENS.minus(MS)));
    assertEquals(Kind.ARRIVAL_ORDER, WINDOW.kindAt(OPENS));
    assertEquals(Kind.ARRIVAL_ORDER, WINDOW.kindAt(OPENS.plus(MS)));
  }

  @Test
  void placesAreDrawnAtTheOpeningInstantAndNotBefore() {
    assertFalse(WINDOW.drawn(OPENS.minus(MS)));
    assertTrue(WINDOW.drawn(OPENS));
  }

  @Test
  void noTicketFromTheClosingInstant() {
    assertEquals(Kind.ARRIVAL_ORDER, WINDOW.kindAt(CLOSES.minus(MS)));
    assertEquals(Kind.CLOSED, WINDOW.kindAt(CLOSES));
  }

  @Test
  void theDrawPutsThePreQueueInRandomOrderAheadOfEveryoneWhoCameAfterTheOpening() {
    var order = new QueueOrder(new byte[32], 1000);
    var firstComer = order.position(true, 1);
    var lastOfPreQueue = order.position(true, 1000);
    assertTrue(firstComer >= 1 && firstComer <= 1000);
    assertNotEquals(1, firstComer, "coming first before the opening buys nothing");
    assertTrue(lastOfPreQueue <= 1000);
    assertEquals(1001, order.position(false, 1), "the first after the opening follows them all");
    assertEquals(1002, order.position(false, 2));
  }

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(KoreaTime.ZONE).toInstant();
  }
}
