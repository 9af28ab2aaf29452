package org.vaxline.allocation.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.vaxline.allocation.entity.SlotCount;
import org.vaxline.platform.control.SharedCaches;

/**
 * The slots' counters in JCache, shared by every node, and this node's board of seats left per
 * slot, which availability is read from. Every step's result is put on the board here and published
 * to the other nodes' boards over a Hazelcast topic; a board keeps the newest version it has seen
 * of each slot. A counter missing from the cache is rebuilt from the database.
 */
@ApplicationScoped
public class SlotCounters {

  static final String CACHE = "vaxline-slot-counts";
  static final String TOPIC = "vaxline-slot-seats";

  @Inject CacheManager caches;
  @Inject SlotLedger ledger;
  @Inject Clock clock;

  @Resource(lookup = "payara/Hazelcast")
  HazelcastInstance hazelcast;

  private final Map<Long, long[]> board = new ConcurrentHashMap<>();

  private final Lapses lapses = new Lapses();

  private volatile Cache<Long, SlotCount> counts;
  private ITopic<String> seats;

  @PostConstruct
  void listen() {
    seats = hazelcast.getTopic(TOPIC);
    seats.addMessageListener(message -> saw(message.getMessageObject()));
  }

  /** Seats left on the slot as this node last saw them; -1 when it has not seen the slot yet. */
  public int seatsLeft(long slot) {
    var seen = board.get(slot);
    return seen == null ? -1 : (int) seen[0];
  }

  /**
   * Runs a step, rebuilding a missing counter once; the result is {@code {seats or code, version}}.
   */
  long[] step(long slot, SeatStep step) {
    var result = counts().invoke(slot, step);
    if (result[0] == SeatStep.MISSING) {
      rebuild(List.of(slot));
      result = counts().invoke(slot, step);
    }
    if (result[0] >= 0) {
      publish(slot, result);
    }
    return result;
  }

  /** Loads the counters the cache lacks from the database and puts them on the board. */
  public void rebuild(Collection<Long> slots) {
    var now = clock.millis();
    var present = counts().getAll(new HashSet<>(slots));
    var missing = slots.stream().filter(slot -> !present.containsKey(slot)).toList();
    ledger
        .counts(missing)
        .forEach((slot, row) -> counts().putIfAbsent(slot, SlotCount.of(row[0], row[1], now)));
    var all = missing.isEmpty() ? present : counts().getAll(new HashSet<>(slots));
    all.forEach((slot, count) -> remember(slot, count.available(now), count.version()));
  }

  /** The slot's seats are to be read again once this hold has run out. */
  void recheckAt(long slot, long expiresAt) {
    lapses.add(slot, expiresAt);
  }

  /**
   * Reads again the slots whose holds placed here have run out, and tells every board: a hold that
   * nobody confirmed or released gives its seat back silently, inside the shared counter.
   */
  public void recheckLapsed() {
    var now = clock.millis();
    var due = lapses.due(now);
    if (!due.isEmpty()) {
      counts()
          .getAll(due)
          .forEach(
              (slot, count) -> publish(slot, new long[] {count.available(now), count.version()}));
    }
  }

  /** Sets the slots' shared counters to the database's capacity and bookings, keeping holds. */
  public void correct(Collection<Long> slots) {
    var now = clock.millis();
    ledger.counts(slots).forEach((slot, row) -> step(slot, SeatStep.correct(row[0], row[1], now)));
  }

  /** The cache's counters of these slots, for the consistency check. */
  Map<Long, SlotCount> cached(Collection<Long> slots) {
    return counts().getAll(new HashSet<>(slots));
  }

  /** Forgets every counter (operators, tests): each is rebuilt from the database on next use. */
  public void clear() {
    counts().clear();
  }

  private void publish(long slot, long[] result) {
    remember(slot, result[0], result[1]);
    try {
      seats.publishAsync(slot + ":" + result[0] + ":" + result[1]);
    } catch (RuntimeException e) {
      // Other boards catch up at their next full refresh; the step itself has happened.
    }
  }

  private void saw(String message) {
    var parts = message.split(":");
    remember(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
  }

  private void remember(long slot, long seatsLeft, long version) {
    board.merge(
        slot, new long[] {seatsLeft, version}, (old, seen) -> seen[1] >= old[1] ? seen : old);
  }

  private Cache<Long, SlotCount> counts() {
    if (counts == null) {
      counts = SharedCaches.openForApplicationValues(caches, CACHE);
    }
    return counts;
  }
}
