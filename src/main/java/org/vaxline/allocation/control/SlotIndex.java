package org.vaxline.allocation.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.vaxline.allocation.entity.SlotFacts;
import org.vaxline.platform.control.SchemaReady;

/**
 * Every node's in-memory copy of the slots still to come (what, where, when, how many): what
 * availability is listed from, so the thundering herd of "what is free?" never reaches the
 * database. It follows the database by polling, once a second, for slots revised since the last
 * poll (a few rows, by an index), and for the products whose supply operators stopped.
 *
 * <p>Each poll reads back from when the last one started, less {@link #OVERLAP}: a revision is
 * stamped by its writer's clock before its commit, so it can appear late. (Reading back from the
 * newest revision seen instead re-read every slot of a large opening once a second, for as long as
 * nothing newer came: a twentieth of the node's CPU on the benchmark.)
 */
@ApplicationScoped
public class SlotIndex {

  /** How late a revision may become visible: commit delays and the nodes' clock skew. */
  private static final Duration OVERLAP = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(SlotIndex.class.getName());
  private static final Comparator<SlotFacts> BY_TIME =
      Comparator.comparing(SlotFacts::startsAt).thenComparingLong(SlotFacts::id);

  @Inject SlotLedger ledger;
  @Inject Clock clock;
  @Inject MetricRegistry metrics;
  @Resource ManagedScheduledExecutorService scheduler;

  private final Map<Long, SlotFacts> byId = new ConcurrentHashMap<>();
  private final Map<Long, Map<Long, ConcurrentSkipListSet<SlotFacts>>> byCampaignAndClinic =
      new ConcurrentHashMap<>();
  private volatile Set<String> suspended = Set.of();
  private volatile Instant polledAt = Instant.EPOCH;
  private ScheduledFuture<?> polling;

  void start(@Observes SchemaReady ready) {
    metrics.gauge("vaxline_allocation_indexed_slots", this, index -> index.byId.size());
    refresh();
    polling = scheduler.scheduleWithFixedDelay(this::poll, 1, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  public Optional<SlotFacts> find(long slot) {
    return Optional.ofNullable(byId.get(slot));
  }

  public boolean suspended(String product) {
    return suspended.contains(product);
  }

  public Set<Long> slotIds() {
    return byId.keySet();
  }

  /** The campaign's slots starting in [from, to) at the clinics that pass, in time order. */
  public List<SlotFacts> find(
      long campaign, Predicate<Long> clinic, Predicate<SlotFacts> slot, Instant from, Instant to) {
    var clinics = byCampaignAndClinic.getOrDefault(campaign, Map.of());
    var found = new ArrayList<SlotFacts>();
    var low = new SlotFacts(Long.MIN_VALUE, campaign, 0, "", from, from.plusMillis(1), 0);
    var high = new SlotFacts(Long.MIN_VALUE, campaign, 0, "", to, to.plusMillis(1), 0);
    clinics.forEach(
        (id, slots) -> {
          if (clinic.test(id)) {
            for (var facts : slots.subSet(low, high)) {
              if (slot.test(facts)) {
                found.add(facts);
              }
            }
          }
        });
    found.sort(BY_TIME);
    return found;
  }

  /** Reads what changed since the last read; here at once after this node changed slots. */
  public synchronized void refresh() {
    var now = clock.instant();
    for (var facts : ledger.revisedSince(polledAt.minus(OVERLAP), now.minus(Duration.ofDays(1)))) {
      put(facts);
    }
    suspended = ledger.suspendedProducts();
    polledAt = now;
  }

  private void put(SlotFacts facts) {
    var old = byId.put(facts.id(), facts);
    var slots =
        byCampaignAndClinic
            .computeIfAbsent(facts.campaign(), c -> new ConcurrentHashMap<>())
            .computeIfAbsent(facts.clinic(), c -> new ConcurrentSkipListSet<>(BY_TIME));
    if (old != null) {
      slots.remove(old);
    }
    slots.add(facts);
  }

  private void poll() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Slot index not refreshed; the next second tries again", e);
    }
  }
}
