package org.vaxline.waitingroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.Hazelcast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaxline.it.GridMembers;

/** Ticket numbers drawn at once on two nodes, by many joins each, as two Payara nodes draw them. */
class TicketNumbersAcrossNodesIT {

  private static final int JOINS_PER_THREAD = 2_000;
  private static final int THREADS_PER_NODE = 8;

  @AfterEach
  void shutdown() {
    Hazelcast.shutdownAll();
  }

  @Test
  void everyNumberIsHandedOutOnceAcrossNodesAndNoneIsSkippedButTheLastBlocks() throws Exception {
    var members = GridMembers.start();
    var nodes =
        List.of(
            new TicketNumbers(GridMembers.caches(members[0])),
            new TicketNumbers(GridMembers.caches(members[1])));
    var draws = new ArrayList<Callable<List<Long>>>();
    for (var node : nodes) {
      for (int t = 0; t < THREADS_PER_NODE; t++) {
        draws.add(
            () -> {
              var mine = new ArrayList<Long>(JOINS_PER_THREAD);
              for (int i = 0; i < JOINS_PER_THREAD; i++) {
                mine.add(node.next(7, false));
              }
              return mine;
            });
      }
    }
    var pool = Executors.newFixedThreadPool(draws.size());
    var all = new HashSet<Long>();
    int drawn = 0;
    try {
      for (var future : pool.invokeAll(draws)) {
        for (var number : future.get()) {
          assertTrue(all.add(number), "number " + number + " handed out twice");
          drawn++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2 * THREADS_PER_NODE * JOINS_PER_THREAD, drawn);
    // Each node holds at most its current block and one taken ahead: the rest are all used.
    var handedOut = nodes.get(0).handedOut(7, false);
    assertTrue(handedOut >= drawn, "the counter covers every number");
    assertTrue(
        handedOut - drawn <= 2L * 2 * TicketNumbers.BLOCK,
        "unused numbers: " + (handedOut - drawn));
    assertEquals(0, nodes.get(1).handedOut(7, true), "pre-queue numbers are counted apart");
  }
}
