package org.vaxline.waitingroom.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.Hazelcast;
import java.time.Duration;
import java.time.Instant;
import javax.cache.CacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vaxline.it.GridMembers;
import org.vaxline.platform.control.SettableClock;
import org.vaxline.platform.control.SharedCaches;
import org.vaxline.waitingroom.entity.QueueSettings;

/**
 * Joins read the queue's settings from the node's last reading, at most an admitter tick old: a
 * drain set through another node reaches them within that tick, to the millisecond.
 */
class QueueControlsAcrossNodesIT {

  private static final long CAMPAIGN = 7;

  private final SettableClock clock = new SettableClock(Instant.parse("2021-07-19T11:00:00Z"));
  private CacheManager cachesA;
  private QueueControls nodeB;

  @BeforeEach
  void twoMembers() {
    var members = GridMembers.start();
    cachesA = GridMembers.caches(members[0]);
    nodeB = new QueueControls();
    nodeB.caches = GridMembers.caches(members[1]);
    nodeB.clock = clock;
    nodeB.defaultCap = 50;
  }

  @AfterEach
  void shutdown() {
    Hazelcast.shutdownAll();
  }

  @Test
  void theAdmittersReadRenewsTheReadingJoinsTake() {
    assertFalse(nodeB.recent(CAMPAIGN).draining());
    // What QueueControls.set writes on node A.
    SharedCaches.open(cachesA, QueueControls.CACHE, String.class, String.class)
        .put("campaign:" + CAMPAIGN, new QueueSettings(false, true, 50).text());

    clock.advance(Duration.ofMillis(Admitter.TICK_MILLIS - 1));
    assertFalse(nodeB.recent(CAMPAIGN).draining(), "the reading of a tick ago, less 1 ms");
    assertTrue(nodeB.of(CAMPAIGN).draining(), "the admitter's read sees it at once");
    assertTrue(nodeB.recent(CAMPAIGN).draining(), "and joins take the admitter's reading");
  }

  @Test
  void aReadingIsRenewedAtExactlyOneTick() {
    assertFalse(nodeB.recent(CAMPAIGN).draining());
    SharedCaches.open(cachesA, QueueControls.CACHE, String.class, String.class)
        .put("campaign:" + CAMPAIGN, new QueueSettings(false, true, 50).text());
    clock.advance(Duration.ofMillis(Admitter.TICK_MILLIS - 1));
    assertFalse(nodeB.recent(CAMPAIGN).draining());
    clock.advance(Duration.ofMillis(1));
    assertTrue(nodeB.recent(CAMPAIGN).draining());
  }
}
