package org.vaxline.allocation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Compares the shared counters with the database, slot by slot: capacity and booked seats must
 * agree (holds live only in the cache). A booking between its commit and its counter step shows as
 * a passing difference, so operators check again before they repair; a repair sets the counters to
 * the database, which is the truth (at worst hiding a seat until the next repair, never
 * overbooking: the guarded update decides).
 */
@ApplicationScoped
public class Consistency {

  private static final int CHUNK = 1_000;

  @Inject SlotIndex index;
  @Inject SlotCounters counters;
  @Inject SlotLedger ledger;
  @Inject MetricRegistry metrics;

  private volatile int lastMismatches;

  @PostConstruct
  void expose() {
    metrics.gauge("vaxline_allocation_mismatched_slots", this, c -> c.lastMismatches);
  }

  /** A slot whose counter differs from its row; {@code cached} null when it is not cached. */
  public record Mismatch(
      long slot, int capacity, int booked, Integer cachedCapacity, Integer cachedBooked) {}

  /** Every indexed slot compared; with {@code repair}, differences are set to the database's. */
  public List<Mismatch> check(boolean repair) {
    var slots = new ArrayList<>(index.slotIds());
    var found = new ArrayList<Mismatch>();
    for (int from = 0; from < slots.size(); from += CHUNK) {
      found.addAll(compare(slots.subList(from, Math.min(slots.size(), from + CHUNK))));
    }
    if (repair && !found.isEmpty()) {
      counters.correct(found.stream().map(Mismatch::slot).toList());
    }
    lastMismatches = repair ? compareAll(found) : found.size();
    return found;
  }

  private int compareAll(List<Mismatch> repaired) {
    return compare(repaired.stream().map(Mismatch::slot).toList()).size();
  }

  private List<Mismatch> compare(Collection<Long> slots) {
    var cached = counters.cached(slots);
    var rows = ledger.counts(slots);
    var found = new ArrayList<Mismatch>();
    rows.forEach(
        (slot, row) -> {
          var count = cached.get(slot);
          if (count != null && (count.capacity() != row[0] || count.booked() != row[1])) {
            found.add(new Mismatch(slot, row[0], row[1], count.capacity(), count.booked()));
          }
        });
    return found;
  }
}
