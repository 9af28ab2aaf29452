package org.vaxline.allocation.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vaxline.allocation.entity.SlotFacts;
import org.vaxline.clinic.control.ClinicDirectory;
import org.vaxline.clinic.entity.ClinicPlace;
import org.vaxline.platform.control.SchemaReady;

/**
 * What is free, answered from memory: the slot index for what and where, this node's board for how
 * many seats are left. The database is read only for a slot this node has never seen whose shared
 * counter is lost too (once, to rebuild it).
 */
@ApplicationScoped
public class Availability {

  /**
   * How often the whole board is read again from the shared counters: a safety net for messages
   * lost while a node joined or died, so rare (reading every slot's counter took a fifteenth of the
   * node's CPU when it ran every 30 seconds).
   */
  static final long REFRESH_SECONDS = 300;

  /** How soon after a hold lapses its seat shows as free again. */
  static final long LAPSE_CHECK_SECONDS = 5;

  private static final int CHUNK = 1_000;
  private static final Logger LOG = Logger.getLogger(Availability.class.getName());

  @Inject SlotIndex index;
  @Inject SlotCounters counters;
  @Inject ClinicDirectory clinics;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> refreshing;
  private ScheduledFuture<?> rechecking;

  /**
   * Topic messages keep the board current; what no step announces, a hold that lapsed with nobody
   * touching the slot, the node that placed it announces once it has run out; and the whole board
   * is read again now and then for messages lost while a node was joining or dying.
   */
  void start(@Observes SchemaReady ready) {
    refreshing =
        scheduler.scheduleWithFixedDelay(this::refreshBoard, 2, REFRESH_SECONDS, TimeUnit.SECONDS);
    rechecking =
        scheduler.scheduleWithFixedDelay(
            this::recheckLapsed, LAPSE_CHECK_SECONDS, LAPSE_CHECK_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (refreshing != null) {
      refreshing.cancel(false);
      rechecking.cancel(false);
    }
  }

  private void recheckLapsed() {
    try {
      counters.recheckLapsed();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Lapsed holds not rechecked; the next check tries again", e);
    }
  }

  private void refreshBoard() {
    try {
      var slots = new ArrayList<>(index.slotIds());
      for (int from = 0; from < slots.size(); from += CHUNK) {
        counters.rebuild(slots.subList(from, Math.min(slots.size(), from + CHUNK)));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Availability board not refreshed; messages keep it current", e);
    }
  }

  /** Where to look: every field optional except the campaign and the time range. */
  public record Query(
      long campaign,
      Optional<String> province,
      Optional<String> district,
      Optional<Long> clinic,
      Optional<String> product,
      Instant from,
      Instant to) {}

  /** A slot and its seats left; 0 when the product's supply ran out. */
  public record Seats(SlotFacts slot, ClinicPlace clinic, int seatsLeft, boolean supplyExhausted) {}

  public List<Seats> find(Query query, int limit) {
    var slots =
        index.find(
            query.campaign(),
            clinic -> matches(clinic, query),
            slot -> query.product().map(slot.product()::equals).orElse(true),
            query.from(),
            query.to());
    return slots.stream().limit(limit).map(this::seats).toList();
  }

  private Seats seats(SlotFacts slot) {
    var left = counters.seatsLeft(slot.id());
    if (left < 0) {
      counters.rebuild(List.of(slot.id()));
      left = Math.max(0, counters.seatsLeft(slot.id()));
    }
    var out = index.suspended(slot.product());
    return new Seats(slot, clinics.byId(slot.clinic()).orElseThrow(), out ? 0 : left, out);
  }

  private boolean matches(long clinic, Query query) {
    if (query.clinic().isPresent()) {
      return query.clinic().get() == clinic;
    }
    if (query.province().isEmpty() && query.district().isEmpty()) {
      return true;
    }
    var place = clinics.byId(clinic);
    return place.isPresent()
        && query.province().map(place.get().province()::equals).orElse(true)
        && query.district().map(place.get().district()::equals).orElse(true);
  }
}
