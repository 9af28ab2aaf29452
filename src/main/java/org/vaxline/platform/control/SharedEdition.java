package org.vaxline.platform.control;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * Keeps every node's in-memory copy of something (campaigns, revoked passes) in step with the
 * database. A change is announced by writing a new random edition into a JCache entry that
 * Hazelcast shares; each node compares it with the edition its copy was read at once a second and
 * reloads when it differs, and reloads every minute in any case, so an announcement lost with a
 * dying node delays a change by at most that minute.
 */
public final class SharedEdition {

  private static final String EDITION = "edition";
  private static final int FULL_RELOAD_TICKS = 60;
  private static final int ANNOUNCE_LIMIT_SECONDS = 10;
  private static final Logger LOG = Logger.getLogger(SharedEdition.class.getName());

  private final String what;
  private final CacheManager caches;
  private final String cacheName;
  private final ManagedScheduledExecutorService scheduler;
  private final Runnable load;

  private volatile Cache<String, String> editions;
  private volatile String held = "";
  private ScheduledFuture<?> watching;
  private int ticks;

  /**
   * @param what what the copy holds, for the log
   * @param load reads the database into the node's copy
   */
  public SharedEdition(
      String what,
      CacheManager caches,
      String cacheName,
      ManagedScheduledExecutorService scheduler,
      Runnable load) {
    this.what = what;
    this.caches = caches;
    this.cacheName = cacheName;
    this.scheduler = scheduler;
    this.load = load;
  }

  /** Loads the copy, then checks the edition once a second. */
  public void start() {
    reload();
    watching = scheduler.scheduleWithFixedDelay(this::watch, 1, 1, TimeUnit.SECONDS);
  }

  public void stop() {
    if (watching != null) {
      watching.cancel(false);
    }
  }

  /**
   * After a change commits: tell every node, and reload here at once. Both run on a thread of their
   * own: Payara hands the request's context to a Hazelcast operation that runs locally, which then
   * closes the request's non-transactional EntityManagers (the staff sign-in's) and fails. The
   * caller waits for it, so its next request on this node sees the change.
   */
  public void announce() {
    var edition = UUID.randomUUID().toString();
    var announced =
        scheduler.submit(
            () -> {
              cache().put(EDITION, edition);
              reload();
            });
    try {
      announced.get(ANNOUNCE_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(Level.WARNING, what + " change not yet announced; nodes reload within a minute", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A failed check is logged and the next one tried: an exception would end the schedule. */
  private void watch() {
    try {
      var edition = Objects.requireNonNullElse(cache().get(EDITION), "");
      if (!edition.equals(held) || ++ticks >= FULL_RELOAD_TICKS) {
        reload();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, what + " not refreshed; the previous copy stays in use", e);
    }
  }

  /** Reads the edition before the rows: a change in between is seen at the next check. */
  private synchronized void reload() {
    var edition = Objects.requireNonNullElse(cache().get(EDITION), "");
    load.run();
    held = edition;
    ticks = 0;
  }

  private Cache<String, String> cache() {
    if (editions == null) {
      editions = SharedCaches.open(caches, cacheName, String.class, String.class);
    }
    return editions;
  }
}
