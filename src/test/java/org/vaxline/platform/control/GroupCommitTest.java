package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.GroupCommit.Outcome;

/**
 * The combiner on its own, with a batch that behaves as the booking one does: a slot of so many
 * seats, taken all or none by a batch (too few left for all of them and it runs short), and some
 * items refused by themselves (a person already booked) without failing the others.
 */
class GroupCommitTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final ExecutorService pool = Executors.newFixedThreadPool(64);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** An item: who asks, and whether their own row is refused (already booked). */
  private record Ask(int who, boolean refused) {}

  /** One slot's seats, in a batch's terms. */
  private static final class Seats implements GroupCommit.Batch<Ask, Integer> {
    private int left;
    private final AtomicInteger batches = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final List<Integer> sizes = new ArrayList<>();
    private final long pauseMillis;

    Seats(int seats, long pauseMillis) {
      this.left = seats;
      this.pauseMillis = pauseMillis;
    }

    @Override
    public List<Outcome<Integer>> commit(List<Ask> items) {
      if (running.incrementAndGet() != 1) {
        throw new AssertionError("two batches of one key at once");
      }
      try {
        pause();
        batches.incrementAndGet();
        synchronized (this) {
          sizes.add(items.size());
          var accepted = items.stream().filter(ask -> !ask.refused()).count();
          if (accepted > left) {
            if (items.size() > 1) {
              throw new GroupCommit.Shortage("fewer seats than asks");
            }
            throw new IllegalStateException("full");
          }
          left -= (int) accepted;
        }
        return items.stream()
            .<Outcome<Integer>>map(
                ask ->
                    ask.refused()
                        ? new Outcome.Refused<>(new IllegalStateException("already " + ask.who()))
                        : new Outcome.Done<>(ask.who()))
            .toList();
      } finally {
        running.decrementAndGet();
      }
    }

    private void pause() {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @RepeatedTest(3)
  void manyThreadsOnOneKeyEachGetTheirOwnOutcomeAndTheSeatsAreNeverExceeded() throws Exception {
    var seats = new Seats(300, 2);
    var combiner = new GroupCommit<>(seats, 50, 5 * SECOND);
    var people = 1_000;
    var refused = new boolean[people];
    var random = new java.util.Random();
    for (int i = 0; i < people; i++) {
      refused[i] = random.nextInt(10) == 0;
    }
    var start = new CyclicBarrier(64);
    var outcomes = new ConcurrentHashMap<Integer, Object>();
    var work = new ArrayList<Future<?>>();
    for (int t = 0; t < 64; t++) {
      var first = t;
      work.add(
          pool.submit(
              () -> {
                start.await();
                for (int who = first; who < people; who += 64) {
                  var outcome =
                      combiner.submit(
                          "slot", new Ask(who, refused[who]), System.nanoTime() + 30 * SECOND);
                  outcomes.put(who, outcome);
                }
                return null;
              }));
    }
    for (var each : work) {
      each.get(60, TimeUnit.SECONDS);
    }
    assertEquals(people, outcomes.size());
    int booked = 0;
    for (int who = 0; who < people; who++) {
      var outcome = outcomes.get(who);
      if (outcome instanceof Outcome.Done<?> done) {
        assertEquals(who, done.value(), "a caller got someone else's outcome");
        booked++;
      } else {
        var refusal = ((Outcome.Refused<?>) outcome).refusal();
        if (refused[who]) {
          assertEquals("already " + who, refusal.getMessage(), "refused for its own reason");
        } else {
          assertEquals("full", refusal.getMessage(), "only refused once the seats ran out");
        }
      }
    }
    assertEquals(300, booked, "every seat booked, none beyond");
    assertEquals(0, seats.left);
    assertTrue(
        seats.batches.get() < people,
        "waiting items were combined: " + seats.batches.get() + " batches for " + people);
    assertTrue(seats.sizes.stream().allMatch(size -> size <= 50), "no batch beyond its maximum");
    assertEquals(0, combiner.lines(), "an idle key keeps no line");
  }

  @Test
  void aBatchBeyondTheSeatsLeftIsTriedOneByOneAndOnlyTheOverflowIsRefused() throws Exception {
    var seats = new Seats(3, 0);
    var gate = new CountDownLatch(1);
    var entered = new CountDownLatch(1);
    // The first item holds the key while five more queue behind it; they then go as one batch.
    GroupCommit.Batch<Ask, Integer> held =
        items -> {
          if (items.size() == 1 && items.get(0).who() == 0) {
            entered.countDown();
            await(gate);
          }
          return seats.commit(items);
        };
    var combiner = new GroupCommit<>(held, 10, 5 * SECOND);
    var first = pool.submit(() -> combiner.submit("slot", new Ask(0, false), far()));
    assertTrue(entered.await(5, TimeUnit.SECONDS), "the first batch is committing");
    var rest = new ArrayList<Future<Outcome<Integer>>>();
    for (int who = 1; who <= 5; who++) {
      var ask = new Ask(who, who == 2);
      rest.add(pool.submit(() -> combiner.submit("slot", ask, far())));
    }
    Thread.sleep(200); // all five queue behind the first
    gate.countDown();
    assertInstanceOf(Outcome.Done.class, first.get(5, TimeUnit.SECONDS));
    var outcomes = new ArrayList<Outcome<Integer>>();
    for (var each : rest) {
      outcomes.add(each.get(5, TimeUnit.SECONDS));
    }
    var done = outcomes.stream().filter(Outcome.Done.class::isInstance).count();
    assertEquals(2, done, "two seats were left after the first: " + outcomes);
    var messages =
        outcomes.stream()
            .filter(Outcome.Refused.class::isInstance)
            .map(outcome -> ((Outcome.Refused<?>) outcome).refusal().getMessage())
            .sorted()
            .toList();
    assertEquals(List.of("already 2", "full", "full"), messages);
    assertTrue(seats.sizes.contains(5), "the five went as one batch first: " + seats.sizes);
  }

  @Test
  void anItemNotTakenByItsDeadlineIsWithdrawnUntouchedAndTheLineGoesOn() throws Exception {
    var gate = new CountDownLatch(1);
    var entered = new CountDownLatch(1);
    var committed = ConcurrentHashMap.<Integer>newKeySet();
    GroupCommit.Batch<Ask, Integer> slow =
        items -> {
          if (items.get(0).who() == 0) {
            entered.countDown();
            await(gate);
          }
          items.forEach(ask -> committed.add(ask.who()));
          return items.stream()
              .<Outcome<Integer>>map(ask -> new Outcome.Done<>(ask.who()))
              .toList();
        };
    var combiner = new GroupCommit<>(slow, 10, 5 * SECOND);
    var first = pool.submit(() -> combiner.submit("slot", new Ask(0, false), far()));
    assertTrue(entered.await(5, TimeUnit.SECONDS), "the first batch is committing");
    var started = System.nanoTime();
    assertThrows(
        GroupCommit.NotStarted.class,
        () -> combiner.submit("slot", new Ask(1, false), System.nanoTime() + SECOND / 5));
    var waited = System.nanoTime() - started;
    assertTrue(waited < SECOND, "the wait kept its bound: " + waited / 1_000_000 + " ms");
    var later = pool.submit(() -> combiner.submit("slot", new Ask(2, false), far()));
    gate.countDown();
    assertEquals(0, ((Outcome.Done<Integer>) first.get(5, TimeUnit.SECONDS)).value());
    assertEquals(2, ((Outcome.Done<Integer>) later.get(5, TimeUnit.SECONDS)).value());
    assertFalse(committed.contains(1), "the withdrawn item was never committed");
  }

  @Test
  void aFailedBatchFailsEachOfItsItemsAndKeysDoNotWaitOnEachOther() throws Exception {
    var gate = new CountDownLatch(1);
    GroupCommit.Batch<Ask, Integer> failing =
        items -> {
          if (items.get(0).who() == 0) {
            await(gate);
          }
          throw new IllegalStateException("database gone");
        };
    var combiner = new GroupCommit<>(failing, 10, 5 * SECOND);
    var blocked = pool.submit(() -> combiner.submit("a", new Ask(0, false), far()));
    Thread.sleep(100);
    var other = combiner.submit("b", new Ask(1, false), far());
    assertEquals(
        "database gone", ((Outcome.Refused<?>) other).refusal().getMessage(), "key b went alone");
    gate.countDown();
    assertEquals(
        "database gone",
        ((Outcome.Refused<?>) blocked.get(5, TimeUnit.SECONDS)).refusal().getMessage());
  }

  @Test
  void aQuietKeyCommitsAtOnceAlone() {
    var sizes = new ArrayList<Integer>();
    GroupCommit.Batch<Ask, Integer> alone =
        items -> {
          sizes.add(items.size());
          return List.of(new Outcome.Done<>(items.get(0).who()));
        };
    var combiner = new GroupCommit<>(alone, 10, SECOND);
    for (int who = 0; who < 3; who++) {
      assertEquals(
          who,
          ((Outcome.Done<Integer>) combiner.submit("slot", new Ask(who, false), far())).value());
    }
    assertEquals(List.of(1, 1, 1), sizes);
    assertThrows(IllegalArgumentException.class, () -> new GroupCommit<>(alone, 0, SECOND));
  }

  private static long far() {
    return System.nanoTime() + 10 * SECOND;
  }

  private static void await(CountDownLatch gate) {
    try {
      gate.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
