package org.vaxline.allocation.control;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Holds placed through this node, by when they run out. A hold that lapses frees its seat inside
 * the shared counter without any step that would announce it, so its slot is read again then.
 * Memory: one entry per hold placed here in the last hold lifetime.
 */
final class Lapses {

  private record Lapse(long at, long slot) {}

  private final ConcurrentSkipListSet<Lapse> pending =
      new ConcurrentSkipListSet<>(
          Comparator.comparingLong(Lapse::at).thenComparingLong(Lapse::slot));

  void add(long slot, long expiresAt) {
    pending.add(new Lapse(expiresAt, slot));
  }

  /** The slots with a hold that has run out at {@code now} (a hold lapses at its expiry), once. */
  Set<Long> due(long now) {
    var due = new HashSet<Long>();
    for (var next = pending.pollFirst(); next != null; next = pending.pollFirst()) {
      if (next.at() > now) {
        pending.add(next);
        break;
      }
      due.add(next.slot());
    }
    return due;
  }
}
