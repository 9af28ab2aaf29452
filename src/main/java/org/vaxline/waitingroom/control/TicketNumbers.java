package org.vaxline.waitingroom.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.vaxline.platform.control.SharedCaches;

/**
 * Hands out ticket numbers. A cluster-wide counter per campaign and kind (pre-queue, after opening)
 * lives in JCache; each node takes a block of {@link #BLOCK} numbers at a time with one
 * compare-and-set, so joining costs no cluster round trip per person. Numbers a node had not used
 * when it stopped are simply never issued; the admitter passes over them like anyone who left.
 *
 * <p>A node keeps the next block in reserve: the join that starts a block takes the next one,
 * outside the lock, so the other joins go on meanwhile. (Taken under the lock when the block ran
 * out, every join on the node waited for the round trip: at 6,000 joins a second that was most of a
 * join's time.) The block stays small, because a node's block is a share of the queue in which its
 * joiners come before later joiners on other nodes: 250 numbers are 40 ms of a rush at 6,000 joins
 * a second.
 */
@ApplicationScoped
public class TicketNumbers {

  static final String CACHE = "vaxline-queue-numbers";

  /** Numbers a node takes at a time (and holds in reserve). */
  public static final int BLOCK = 250;

  @Inject CacheManager caches;

  private final Map<String, Numbers> byKey = new ConcurrentHashMap<>();
  private volatile Cache<String, Long> counters;

  public TicketNumbers() {}

  /** For tests: a node's numbers from its own cache manager. */
  TicketNumbers(CacheManager caches) {
    this.caches = caches;
  }

  public long next(long campaign, boolean preQueue) {
    return byKey.computeIfAbsent(key(campaign, preQueue), Numbers::new).next();
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

  /** One kind's numbers on this node: the block in use and the one taken ahead. */
  private final class Numbers {
    private final String key;
    private Block current;
    private Block upcoming;
    private boolean takingAhead;

    Numbers(String key) {
      this.key = key;
    }

    long next() {
      long number;
      boolean takeAhead;
      synchronized (this) {
        if (current == null || current.next > current.last) {
          // Only if the block taken ahead has not come back yet does this join wait for one.
          current = upcoming != null ? upcoming : take(key);
          upcoming = null;
        }
        number = current.next++;
        takeAhead = upcoming == null && !takingAhead;
        takingAhead |= takeAhead;
      }
      if (takeAhead) {
        Block ahead = null;
        try {
          ahead = take(key);
        } finally {
          synchronized (this) {
            upcoming = ahead;
            takingAhead = false;
          }
        }
      }
      return number;
    }
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
