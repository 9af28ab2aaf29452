package org.vaxline.clinic.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A clinic's stock set against the slots that already promise it. The rule (issue 6): slots never
 * offer more doses than the clinic will have. Doses are spent cumulatively, so for every product
 * and every day D from today on, the doses still promised by the slots of today through D must not
 * exceed {@link DoseLedger#available} on D. A dose added on day D therefore has to fit under the
 * stock of D and of every later day whose slots already count on the same doses.
 */
public final class DoseBudget {

  private final DoseLedger ledger;
  private final Map<Key, Integer> capacities;
  private final Map<String, NavigableMap<LocalDate, Integer>> outstanding;

  /**
   * @param offered the clinic's existing slots; those of days before {@link DoseLedger#today} are
   *     ignored, since their seats can no longer be taken. Today's count in full: a dose given at
   *     9:00 may be recorded at noon, and until then its seat still stands for it.
   */
  public DoseBudget(DoseLedger ledger, Collection<OfferedSlot> offered) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.capacities = new HashMap<>();
    this.outstanding = new HashMap<>();
    for (var slot : offered) {
      if (!slot.start().toLocalDate().isBefore(ledger.today())) {
        capacities.merge(new Key(slot.start(), slot.productCode()), slot.capacity(), Integer::sum);
        promise(slot.productCode(), slot.start().toLocalDate(), slot.outstanding());
      }
    }
  }

  private DoseBudget(DoseBudget copied) {
    this.ledger = copied.ledger;
    this.capacities = new HashMap<>(copied.capacities);
    this.outstanding = new HashMap<>();
    copied.outstanding.forEach((product, byDay) -> outstanding.put(product, new TreeMap<>(byDay)));
  }

  public DoseLedger ledger() {
    return ledger;
  }

  /**
   * How many more doses of {@code product} can be offered on {@code day}; 0 for a day already past,
   * negative when the existing slots already promise more than the stock.
   */
  public int headroom(String product, LocalDate day) {
    return tightest(product, day).doses();
  }

  /**
   * Whether {@code moreDoses} more can be offered on {@code day}: a new slot's capacity, or the
   * increase of an existing one. Giving doses back (0 or less) always fits.
   */
  public OfferCheck check(String product, LocalDate day, int moreDoses) {
    var limit = tightest(product, day);
    if (moreDoses <= 0 || moreDoses <= limit.doses()) {
      return new OfferCheck.Fits(limit.doses() - moreDoses);
    }
    return new OfferCheck.ExceedsInventory(moreDoses, limit.doses(), limit.day());
  }

  /** The capacity the existing slots offer at {@code start}, 0 where there is no slot. */
  int capacityAt(LocalDateTime start, String product) {
    return capacities.getOrDefault(new Key(start, product), 0);
  }

  /** This budget once {@code slot} is offered, raising an existing slot to its capacity. */
  DoseBudget with(PlannedSlot slot) {
    var next = new DoseBudget(this);
    var key = new Key(slot.start(), slot.productCode());
    int added = slot.capacity() - next.capacities.getOrDefault(key, 0);
    next.capacities.put(key, slot.capacity());
    next.promise(slot.productCode(), slot.day(), added);
    return next;
  }

  /**
   * The smallest spare stock on {@code day} or after it. Stock only grows from day to day and
   * promises only pile up, so the spare stock can only fall on a day with promises: those days and
   * {@code day} itself are the only ones to check.
   */
  private Limit tightest(String product, LocalDate day) {
    if (day.isBefore(ledger.today())) {
      return new Limit(0, day);
    }
    var byDay = outstanding.getOrDefault(product, new TreeMap<>());
    int promised = byDay.headMap(day, true).values().stream().mapToInt(Integer::intValue).sum();
    var tightest = new Limit(ledger.available(product, day) - promised, day);
    for (var later : byDay.tailMap(day, false).entrySet()) {
      promised += later.getValue();
      int spare = ledger.available(product, later.getKey()) - promised;
      if (spare < tightest.doses()) {
        tightest = new Limit(spare, later.getKey());
      }
    }
    return tightest;
  }

  private void promise(String product, LocalDate day, int doses) {
    outstanding.computeIfAbsent(product, p -> new TreeMap<>()).merge(day, doses, Integer::sum);
  }

  private record Key(LocalDateTime start, String product) {}

  private record Limit(int doses, LocalDate day) {}
}
