package org.vaxline.allocation.control;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;
import org.vaxline.allocation.entity.SlotCount;

/**
 * One atomic step on a slot's counter, run by Hazelcast on the node that owns the slot's entry, so
 * no two steps on one slot ever interleave anywhere in the cluster. It answers {@code {seats left
 * after the step, the counter's version}}, or {@code {a negative code, 0}}. The instant comes from
 * the caller's clock, so steps are tested with a clock like every other time rule.
 *
 * @param capacity for {@link Kind#CORRECT}: the database's capacity
 * @param booked for {@link Kind#CORRECT}: the database's bookings
 * @param confirmed for {@link Kind#CONFIRM}: the holds whose bookings committed
 */
record SeatStep(
    Kind kind,
    String hold,
    long expiresAt,
    long now,
    int capacity,
    int booked,
    List<String> confirmed)
    implements EntryProcessor<Long, SlotCount, long[]>, Serializable {

  SeatStep {
    confirmed = List.copyOf(confirmed);
  }

  /** No seat is free. */
  static final int FULL = -1;

  /** The counter is not in the cache (never loaded, or lost): rebuild it and step again. */
  static final int MISSING = -2;

  /** The hold named is not (or no longer) on this slot. */
  static final int NOT_HELD = -3;

  enum Kind {
    HOLD,
    CHECK_HELD,
    RELEASE,
    CONFIRM,
    GIVE_BACK,
    CORRECT
  }

  static SeatStep hold(String hold, long expiresAt, long now) {
    return new SeatStep(Kind.HOLD, hold, expiresAt, now, 0, 0, List.of());
  }

  static SeatStep of(Kind kind, String hold, long now) {
    return new SeatStep(kind, hold, 0, now, 0, 0, List.of());
  }

  static SeatStep confirm(Collection<String> holds, long now) {
    return new SeatStep(Kind.CONFIRM, null, 0, now, 0, 0, List.copyOf(holds));
  }

  static SeatStep correct(int capacity, int booked, long now) {
    return new SeatStep(Kind.CORRECT, null, 0, now, capacity, booked, List.of());
  }

  @Override
  public long[] process(MutableEntry<Long, SlotCount> entry, Object... arguments) {
    if (!entry.exists()) {
      return new long[] {MISSING, 0};
    }
    var count = entry.getValue();
    var next =
        switch (kind) {
          case HOLD -> count.held(hold, expiresAt, now);
          case CHECK_HELD -> count.holds(hold, now) ? count : null;
          case RELEASE -> count.released(hold, now);
          case CONFIRM -> count.confirmed(confirmed, now);
          case GIVE_BACK -> count.givenBack(now);
          case CORRECT -> count.corrected(capacity, booked, now);
        };
    if (next == null) {
      return new long[] {kind == Kind.HOLD ? FULL : NOT_HELD, 0};
    }
    if (next != count) {
      entry.setValue(next);
    }
    return new long[] {next.available(now), next.version()};
  }
}
