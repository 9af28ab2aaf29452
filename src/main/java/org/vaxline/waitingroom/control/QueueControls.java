package org.vaxline.waitingroom.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.platform.control.SharedCaches;
import org.vaxline.waitingroom.entity.QueueSettings;

/**
 * What operators steer, per campaign: pause, drain, and the cap on admissions per second. Kept in
 * JCache, so every node's admitter reads it at its next tick (a tenth of a second); a campaign
 * nobody set runs at the configured default cap.
 */
@ApplicationScoped
public class QueueControls {

  static final String CACHE = "vaxline-queue-controls";

  @Inject CacheManager caches;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "vaxline.queue.admissions-per-second", defaultValue = "50")
  long defaultCap;

  @Inject Clock clock;

  private volatile Cache<String, String> settings;
  private final Map<Long, Reading> readings = new ConcurrentHashMap<>();

  /** The settings now, from the shared cache. */
  public QueueSettings of(long campaign) {
    var stored = settings().get(key(campaign));
    var read = stored == null ? QueueSettings.running(defaultCap) : QueueSettings.parse(stored);
    readings.put(campaign, new Reading(read, clock.millis()));
    return read;
  }

  /**
   * The settings as this node read them less than an admitter tick ago, else read now. Joins ask on
   * every ticket, and a shared-cache read is a round trip to a partition thread; a drain reaches
   * joins on every node within the tick, as it reaches admissions.
   */
  public QueueSettings recent(long campaign) {
    var reading = readings.get(campaign);
    if (reading != null && clock.millis() - reading.atMillis() < Admitter.TICK_MILLIS) {
      return reading.settings();
    }
    return of(campaign);
  }

  @Transactional
  public QueueSettings set(long campaign, QueueSettings changed, String operator) {
    audit.record("staff:" + operator, "queue.steered", "campaign:" + campaign, changed.toString());
    settings().put(key(campaign), changed.text());
    readings.put(campaign, new Reading(changed, clock.millis()));
    return changed;
  }

  private record Reading(QueueSettings settings, long atMillis) {}

  private static String key(long campaign) {
    return "campaign:" + campaign;
  }

  private Cache<String, String> settings() {
    if (settings == null) {
      settings = SharedCaches.open(caches, CACHE, String.class, String.class);
    }
    return settings;
  }
}
