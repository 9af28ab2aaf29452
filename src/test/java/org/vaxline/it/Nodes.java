package org.vaxline.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import org.vaxline.launcher.PayaraNode;

/** Payara Micro nodes of a cluster test: waited for together, stopped together. */
public final class Nodes {

  private Nodes() {}

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
