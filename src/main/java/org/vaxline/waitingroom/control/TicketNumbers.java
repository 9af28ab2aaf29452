package org.vaxline.waitingroom.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.vaxline.platform.control.SharedCaches;

/**
 * Hands out ticket numbers. A cluster-wide counter per campaign and kind (pre-queue, after opening)
 * lives in JCache; each node takes a block of {@link #BLOCK} numbers at a time with one
 * compare-and-set, so joining costs no cluster round trip per person. Numbers a node had not used
 * when it stopped are simply never issued; the admitter passes over them like anyone who left.
 */
@ApplicationScoped
public class TicketNumbers {

  static final String CACHE = "vaxline-queue-numbers";
  static final int BLOCK = 100;

  @Inject CacheManager caches;

  private final Map<String, Block> blocks = new HashMap<>();
  private volatile Cache<String, Long> counters;

  public synchronized long next(long campaign, boolean preQueue) {
    var key = key(campaign, preQueue);
    var block = blocks.get(key);
    if (block == null || block.next > block.last) {
      block = take(key);
      blocks.put(key, block);
    }
    return block.next++;
  }

  /** How many numbers of this kind the cluster has handed out so far (used or not). */
  public long handedOut(long campaign, boolean preQueue) {
    var value = counters().get(key(campaign, preQueue));
    return value == null ? 0 : value;
  }

  private Block take(String key) {
    var cache = counters();
    while (true) {
      var current = cache.get(key);
      if (current == null) {
        if (cache.putIfAbsent(key, (long) BLOCK)) {
          return new Block(1, BLOCK);
        }
      } else if (cache.replace(key, current, current + BLOCK)) {
        return new Block(current + 1, current + BLOCK);
      }
    }
  }

  private static String key(long campaign, boolean preQueue) {
    return (preQueue ? "pre:" : "main:") + campaign;
  }

  private Cache<String, Long> counters() {
    if (counters == null) {
      counters = SharedCaches.open(caches, CACHE, String.class, Long.class);
    }
    return counters;
  }

  private static final class Block {
    long next;
    final long last;

    Block(long next, long last) {
      this.next = next;
      this.last = last;
    }
  }
}
