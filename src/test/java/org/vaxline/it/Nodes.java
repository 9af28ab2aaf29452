package org.vaxline.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.vaxline.launcher.DatabaseAddress;
import org.vaxline.launcher.PayaraNode;

/** Payara Micro nodes of a cluster test: waited for together, stopped together. */
public final class Nodes {

  private Nodes() {}

  /**
   * A demo node of a booking storm. Every client is 127.0.0.1, so the per-address limits on joins
   * and codes are lifted, and the queue's puzzle is one bit: the storm is about seats, not those.
   */
  public static PayaraNode forStorm(
      String name,
      int httpPort,
      List<Integer> dataGrid,
      int dataGridPort,
      DatabaseAddress database,
      int residents)
      throws Exception {
    return PayaraNode.start(
        new PayaraNode.Options(
            name,
            httpPort,
            dataGrid,
            dataGridPort,
            database,
            Map.of(
                "VAXLINE_DEMO", "true",
                "VAXLINE_DEMO_RESIDENTS", String.valueOf(residents),
                "VAXLINE_QUEUE_PUZZLE_BITS", "1",
                "VAXLINE_QUEUE_JOINS_PER_ADDRESS_PER_MINUTE", "1000000",
                "VAXLINE_IDENTITY_CLIENT_SENDS_PER_HOUR", "1000000")));
  }

  /** Returns once every node is ready; fails with the first one that is not within the limit. */
  public static void awaitReady(Duration limit, PayaraNode... nodes) throws Exception {
    var waiting = Executors.newFixedThreadPool(nodes.length);
    try {
      var ready = new ArrayList<java.util.concurrent.Future<Duration>>();
      for (var node : nodes) {
        ready.add(waiting.submit(() -> node.awaitReady(limit)));
      }
      for (var each : ready) {
        each.get();
      }
    } finally {
      waiting.shutdownNow();
    }
  }

  /** Stops the nodes that were started; a null is one that never was. */
  public static void close(PayaraNode... nodes) throws Exception {
    for (var node : nodes) {
      if (node != null) {
        node.close();
      }
    }
  }
}
