package org.vaxline.allocation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.vaxline.allocation.control.SeatStep.Kind;
import org.vaxline.allocation.entity.SlotFacts;

/**
 * The allocation feature's public service (ARCHITECTURE.md principle 4). A seat is first held on
 * the slot's shared counter (so a full slot is refused before it costs a transaction), then taken
 * by a guarded update in the booking's own transaction; after that commits, the counter turns the
 * hold into a booked seat. Holds that expire free their seat by themselves.
 */
@ApplicationScoped
public class Allocation {

  @Inject Allocation self;
  @Inject SlotIndex index;
  @Inject SlotCounters counters;
  @Inject SlotLedger ledger;
  @Inject Clock clock;

  /** A slot to open: a campaign's seats for one product at one clinic and time. */
  public record NewSlot(
      long campaign, long clinic, String product, Instant startsAt, Instant endsAt, int capacity) {}

  /** A slot as its clinic sees it: the facts and the seats booked so far. */
  public record ClinicSlot(SlotFacts facts, int booked) {}

  /** The clinic's slots that end after {@code since}, from the database. */
  public List<ClinicSlot> ofClinic(long clinic, Instant since) {
    return ledger.ofClinic(clinic, since).stream()
        .map(slot -> new ClinicSlot(slot.facts(), slot.booked()))
        .toList();
  }

  /**
   * Opens new slots and raises existing ones in one transaction; then this node's index and the
   * raised slots' shared counters follow at once (other nodes' indexes within a second).
   */
  public void publish(List<NewSlot> opened, Map<Long, Integer> raised) {
    self.apply(opened, raised);
    index.refresh();
    counters.correct(raised.keySet());
  }

  @Transactional
  public void apply(List<NewSlot> opened, Map<Long, Integer> raised) {
    var now = clock.instant();
    ledger.open(opened, now);
    raised.forEach((slot, capacity) -> ledger.raise(slot, capacity, now));
  }

  /** An upcoming slot, from memory. */
  public SlotFacts slot(long id) {
    return index.find(id).orElseThrow(() -> SeatRefused.unknown(id));
  }

  public boolean suspended(String product) {
    return index.suspended(product);
  }

  /** Holds a seat until {@code expiresAt}, or refuses: the slot is full or the supply is out. */
  public void hold(long slot, String hold, Instant expiresAt) {
    var facts = slot(slot);
    if (index.suspended(facts.product())) {
      throw SeatRefused.supplyExhausted(facts.product());
    }
    var result = counters.step(slot, SeatStep.hold(hold, expiresAt.toEpochMilli(), clock.millis()));
    if (result[0] == SeatStep.FULL) {
      throw SeatRefused.full(slot);
    }
    counters.recheckAt(slot, expiresAt.toEpochMilli());
  }

  /** Whether the hold still keeps its seat (it has not expired, nor been released). */
  public boolean holds(long slot, String hold) {
    return counters.step(slot, SeatStep.of(Kind.CHECK_HELD, hold, clock.millis()))[0] >= 0;
  }

  public void release(long slot, String hold) {
    counters.step(slot, SeatStep.of(Kind.RELEASE, hold, clock.millis()));
  }

  /**
   * In the caller's transaction: takes the seat in the database, unless the slot is full there or
   * operators stopped the product. The caller's commit makes it final.
   */
  public void take(long slot) {
    if (!takeSeats(slot, 1)) {
      throw refusalOf(slot);
    }
  }

  /**
   * In the caller's transaction: takes {@code seats} seats of the slot in the database, all or
   * none; false if fewer are left or operators stopped the product ({@link #refusalOf} says which).
   * The slot's row stays locked until the caller commits: make it the last step.
   */
  public boolean takeSeats(long slot, int seats) {
    return ledger.take(slot, seats);
  }

  /** In the caller's transaction: why a seat of the slot cannot be taken now. */
  public SeatRefused refusalOf(long slot) {
    var product = slot(slot).product();
    return ledger.suspendedNow(product)
        ? SeatRefused.supplyExhausted(product)
        : SeatRefused.full(slot);
  }

  /** In the caller's transaction: gives a booked seat back in the database. */
  public void giveBack(long slot) {
    ledger.giveBack(slot);
  }

  /** After the booking committed: the hold becomes a booked seat on the shared counter. */
  public void taken(long slot, String hold) {
    taken(slot, List.of(hold));
  }

  /** After a batch of bookings committed: their holds become booked seats, in one step. */
  public void taken(long slot, Collection<String> holds) {
    counters.step(slot, SeatStep.confirm(holds, clock.millis()));
  }

  /** After a cancellation or change committed: the seat is free again on the shared counter. */
  public void givenBack(long slot) {
    counters.step(slot, SeatStep.of(Kind.GIVE_BACK, null, clock.millis()));
  }
}
