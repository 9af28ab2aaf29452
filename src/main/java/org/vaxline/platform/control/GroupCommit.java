package org.vaxline.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Group commit: work on the same key (a hot slot) that arrives while a batch for that key is being
 * committed waits, and the waiting items are committed together in the next batch, by one of the
 * waiting request threads: no thread of its own, no timer. An item that finds its key idle is
 * committed at once, alone, so a quiet system waits for nothing.
 *
 * <p>Every wait is bounded. An item that has not been taken into a batch by its deadline is
 * withdrawn, untouched, and its caller told {@link NotStarted}; one taken into a batch waits for
 * that batch, which the caller's {@link Batch} bounds itself (statement and lock timeouts), and
 * past a further {@code runningBound} its caller is told {@link OutcomeUnknown}.
 *
 * <p>The committing thread holds no lock while it commits: the key's "busy" flag only decides who
 * commits next, and nobody blocks on it; waiters block on their own item, each with its deadline.
 *
 * @param <K> what items are combined by (a slot id)
 * @param <I> an item of work
 * @param <O> an item's result
 */
public final class GroupCommit<K, I, O> {

  /** Commits items together; an item's own refusal is its {@link Outcome}, not an exception. */
  public interface Batch<I, O> {

    /**
     * One outcome per item, in the items' order. May throw {@link Shortage} when the items cannot
     * all commit together (too few seats for all of them); they are then committed one at a time.
     * Any other exception fails every item of the batch with it.
     */
    List<Outcome<O>> commit(List<I> items);
  }

  /** What became of one item. */
  public sealed interface Outcome<O> {

    record Done<O>(O value) implements Outcome<O> {}

    record Refused<O>(RuntimeException refusal) implements Outcome<O> {}
  }

  /** A batch that cannot commit as a whole: each of its items is tried alone. */
  public static final class Shortage extends RuntimeException {
    public Shortage(String what) {
      super(what, null, false, false);
    }
  }

  /** The item was not taken into a batch in time: nothing was done with it. */
  public static final class NotStarted extends RuntimeException {
    NotStarted() {
      super("not started within its bound", null, false, false);
    }
  }

  /** The item's batch ran past every bound: it may still commit, or may not. */
  public static final class OutcomeUnknown extends RuntimeException {
    OutcomeUnknown() {
      super("batch still running past its bound", null, false, false);
    }
  }

  private static final int QUEUED = 0;
  private static final int TAKEN = 1;
  private static final int WITHDRAWN = 2;

  /** A safety net only: every hand-over wakes the next waiter itself. */
  private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final Batch<I, O> batch;
  private final int maxBatch;
  private final long runningBoundNanos;
  private final ConcurrentHashMap<K, Line<I, O>> lines = new ConcurrentHashMap<>();

  /**
   * @param maxBatch the most items committed together
   * @param runningBoundNanos how long an item taken into a batch waits for that batch at most
   */
  public GroupCommit(Batch<I, O> batch, int maxBatch, long runningBoundNanos) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("a batch holds at least one item");
    }
    this.batch = Objects.requireNonNull(batch);
    this.maxBatch = maxBatch;
    this.runningBoundNanos = runningBoundNanos;
  }

  /**
   * Commits the item, alone or with others waiting on the same key, and answers its own outcome.
   *
   * @param deadline {@link System#nanoTime()} by which the item must be taken into a batch
   * @throws NotStarted if it was not, in which case nothing was done with it
   * @throws OutcomeUnknown if its batch outlived the running bound
   */
  public Outcome<O> submit(K key, I item, long deadline) {
    var mine = new Waiter<I, O>(item);
    var line = join(key);
    try {
      line.waiting.add(mine);
      return await(line, mine, deadline);
    } finally {
      leave(key);
    }
  }

  private Outcome<O> await(Line<I, O> line, Waiter<I, O> mine, long deadline) {
    while (true) {
      if (mine.state.get() == QUEUED && line.busy.compareAndSet(false, true)) {
        lead(line);
      }
      if (mine.outcome != null) {
        return mine.outcome;
      }
      if (mine.state.get() == TAKEN) {
        return awaitBatch(mine);
      }
      var left = deadline - System.nanoTime();
      if (left <= 0 || !mine.awaitWake(Math.min(left, RECHECK_NANOS))) {
        var over = deadline - System.nanoTime() <= 0 || Thread.currentThread().isInterrupted();
        if (over && mine.state.compareAndSet(QUEUED, WITHDRAWN)) {
          line.waiting.remove(mine);
          // It may have been the one woken to commit next: pass the turn on.
          if (!line.busy.get()) {
            wakeNext(line);
          }
          throw new NotStarted();
        }
      }
    }
  }

  /**
   * The key's line, counting the caller in. A line lives exactly as long as someone is in it, and
   * the map's own per-key lock (held only for the count) makes every caller of one key share it:
   * two lines of one key would mean two batches of that key at once.
   */
  private Line<I, O> join(K key) {
    return lines.compute(
        key,
        (k, line) -> {
          var joined = line == null ? new Line<I, O>() : line;
          joined.members++;
          return joined;
        });
  }

  private void leave(K key) {
    lines.computeIfPresent(key, (k, line) -> --line.members == 0 ? null : line);
  }

  /** How many keys have a line now: lines of idle keys are dropped. */
  public int lines() {
    return lines.size();
  }

  /** Commits one batch from the head of the line, then hands the turn to the next waiter. */
  private void lead(Line<I, O> line) {
    try {
      var items = line.take(maxBatch);
      if (!items.isEmpty()) {
        run(items);
      }
    } finally {
      line.busy.set(false);
      wakeNext(line);
    }
  }

  private void run(List<Waiter<I, O>> items) {
    List<Outcome<O>> outcomes;
    try {
      outcomes = commit(items.stream().map(waiter -> waiter.item).toList());
    } catch (RuntimeException failed) {
      items.forEach(waiter -> waiter.finish(new Outcome.Refused<>(failed)));
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      items.get(i).finish(outcomes.get(i));
    }
  }

  private List<Outcome<O>> commit(List<I> items) {
    try {
      return checked(items, batch.commit(items));
    } catch (Shortage shortage) {
      if (items.size() == 1) {
        throw new IllegalStateException("a batch of one must refuse its item, not run short");
      }
      var outcomes = new ArrayList<Outcome<O>>();
      for (var item : items) {
        try {
          outcomes.add(checked(List.of(item), batch.commit(List.of(item))).get(0));
        } catch (RuntimeException failed) {
          outcomes.add(new Outcome.Refused<>(failed));
        }
      }
      return outcomes;
    }
  }

  private static <I, O> List<Outcome<O>> checked(List<I> items, List<Outcome<O>> outcomes) {
    if (outcomes.size() != items.size()) {
      throw new IllegalStateException(
          "a batch of " + items.size() + " answered " + outcomes.size() + " outcomes");
    }
    return outcomes;
  }

  private Outcome<O> awaitBatch(Waiter<I, O> mine) {
    var deadline = System.nanoTime() + runningBoundNanos;
    while (mine.outcome == null) {
      var left = deadline - System.nanoTime();
      if (left <= 0 || Thread.currentThread().isInterrupted()) {
        throw new OutcomeUnknown();
      }
      mine.awaitWake(left);
    }
    return mine.outcome;
  }

  /** Wakes the first item still queued, to commit next. */
  private static <I, O> void wakeNext(Line<I, O> line) {
    for (var waiter : line.waiting) {
      if (waiter.state.get() == QUEUED) {
        waiter.wake.release();
        return;
      }
    }
  }

  private static final class Line<I, O> {
    final ConcurrentLinkedQueue<Waiter<I, O>> waiting = new ConcurrentLinkedQueue<>();
    final AtomicBoolean busy = new AtomicBoolean();

    /** Callers in the line; changed only inside the map's compute for the key. */
    int members;

    /** Up to {@code max} queued items, oldest first, each marked taken. */
    List<Waiter<I, O>> take(int max) {
      var taken = new ArrayList<Waiter<I, O>>();
      while (taken.size() < max) {
        var next = waiting.poll();
        if (next == null) {
          break;
        }
        if (next.state.compareAndSet(QUEUED, TAKEN)) {
          taken.add(next);
        }
      }
      return taken;
    }
  }

  private static final class Waiter<I, O> {
    final I item;
    final AtomicInteger state = new AtomicInteger(QUEUED);
    final Semaphore wake = new Semaphore(0);
    volatile Outcome<O> outcome;

    Waiter(I item) {
      this.item = item;
    }

    void finish(Outcome<O> done) {
      outcome = Objects.requireNonNull(done);
      wake.release();
    }

    /** Whether woken within the time; an interrupt ends the wait as a time-out would. */
    boolean awaitWake(long nanos) {
      try {
        return wake.tryAcquire(nanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
