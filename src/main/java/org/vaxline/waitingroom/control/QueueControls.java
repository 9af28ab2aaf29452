package org.vaxline.waitingroom.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

  private volatile Cache<String, String> settings;

  public QueueSettings of(long campaign) {
    var stored = settings().get(key(campaign));
    return stored == null ? QueueSettings.running(defaultCap) : QueueSettings.parse(stored);
  }

  @Transactional
  public QueueSettings set(long campaign, QueueSettings changed, String operator) {
    audit.record("staff:" + operator, "queue.steered", "campaign:" + campaign, changed.toString());
    settings().put(key(campaign), changed.text());
    return changed;
  }

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
