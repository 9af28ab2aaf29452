package org.vaxline.waitingroom.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vaxline.campaign.control.CampaignCatalog;
import org.vaxline.platform.control.ClusterNodes;
import org.vaxline.platform.control.SchemaReady;

/**
 * Lets people in. Every node, ten times a second, moves now-serving on by its share of the
 * operators' cap (the cap divided by the live nodes), scaled by the room its booking path's
 * adaptive limit leaves ({@link BookingCapacity#headroom()}), unless the campaign is paused; a
 * pause therefore takes effect on every node within a tenth of a second of reaching the shared
 * cache. Fractions of a person carry over to the next tick, so small caps are exact over time.
 */
@ApplicationScoped
public class Admitter {

  static final long TICK_MILLIS = 100;
  private static final Logger LOG = Logger.getLogger(Admitter.class.getName());

  @Inject CampaignCatalog campaigns;
  @Inject QueueControls controls;
  @Inject WaitingRoom room;
  @Inject ClusterNodes nodes;
  @Inject BookingCapacity capacity;
  @Inject MetricRegistry metrics;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  private final Map<Long, Double> credit = new ConcurrentHashMap<>();
  private volatile int liveNodes = 1;
  private ScheduledFuture<?> ticking;
  private ScheduledFuture<?> counting;

  void start(@Observes SchemaReady ready) {
    ticking =
        scheduler.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    counting = scheduler.scheduleAtFixedRate(this::countNodes, 0, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    for (var task : new ScheduledFuture<?>[] {ticking, counting}) {
      if (task != null) {
        task.cancel(false);
      }
    }
  }

  /** One step for every open campaign; never throws, or the schedule would end. */
  void tick() {
    try {
      var now = clock.instant();
      for (var campaign : campaigns.current(now)) {
        if (now.isBefore(campaign.opensAt().toInstant())) {
          continue;
        }
        var settings = controls.of(campaign.id());
        if (settings.paused()) {
          credit.remove(campaign.id());
          continue;
        }
        var share =
            settings.capPerSecond() * (TICK_MILLIS / 1000.0) / liveNodes * capacity.headroom();
        var owed = credit.merge(campaign.id(), share, Double::sum);
        var whole = (long) Math.floor(owed);
        if (whole > 0) {
          var moved = room.advance(campaign.id(), whole);
          // What could not be used (nobody left to admit) is not saved up for a later burst.
          credit.put(campaign.id(), moved == whole ? owed - whole : 0);
          if (moved > 0) {
            metrics
                .counter(
                    "vaxline_queue_admitted", new Tag("campaign", String.valueOf(campaign.id())))
                .inc(moved);
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Admission tick failed; the next one tries again", e);
    }
  }

  private void countNodes() {
    try {
      liveNodes = Math.max(1, nodes.list().size());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Node count not refreshed", e);
    }
  }
}
