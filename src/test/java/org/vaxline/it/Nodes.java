package org.vaxline.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import org.vaxline.launcher.PayaraNode;

/** Waits for Payara Micro nodes started together, as a cluster's nodes come up in production. */
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
}
