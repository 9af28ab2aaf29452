package org.vaxline.pass.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
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
import org.vaxline.pass.verifier.RevocationList;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.platform.control.SharedCaches;

/**
 * Every node's in-memory revocation list, so that no pass check reads the database. A revocation is
 * announced by writing a new random edition into a JCache entry that Hazelcast shares; each node
 * compares it with its own once a second and reloads when it differs, and reloads every minute in
 * any case, so an announcement lost with a dying node delays a revocation by at most that minute
 * (the same scheme as the campaign catalog).
 */
@ApplicationScoped
public class RevocationCatalog {

  static final String CACHE = "vaxline-pass-revocations";
  static final String EDITION = "edition";
  private static final int FULL_RELOAD_TICKS = 60;
  private static final int ANNOUNCE_LIMIT_SECONDS = 10;
  private static final Logger LOG = Logger.getLogger(RevocationCatalog.class.getName());

  @Inject Revocations revocations;
  @Inject CacheManager caches;
  @Resource ManagedScheduledExecutorService scheduler;

  private volatile Snapshot snapshot = Snapshot.of("", List.of());
  private volatile Cache<String, String> editions;
  private ScheduledFuture<?> watching;
  private int ticks;

  void start(@Observes SchemaReady ready) {
    reload();
    watching = scheduler.scheduleWithFixedDelay(this::watch, 1, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (watching != null) {
      watching.cancel(false);
    }
  }

  /**
   * After a revocation commits: tell every node and reload here at once, on a thread of its own
   * (see CampaignCatalog: a Hazelcast operation on the request's thread closes its EntityManagers).
   */
  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) RevocationsChanged changed) {
    var edition = UUID.randomUUID().toString();
    var announced =
        scheduler.submit(
            () -> {
              cache().put(EDITION, edition);
              reload();
            });
    try {
      // The operator's next check on this node already sees the pass revoked.
      announced.get(ANNOUNCE_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(Level.WARNING, "Revocation not yet announced; nodes reload within a minute", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The list every check on this node uses. */
  public RevocationList list() {
    return snapshot.list();
  }

  /** The list as verifiers download it. */
  public PublishedDocument document() {
    return snapshot.document();
  }

  /** A failed check is logged and the next one tried: an exception would end the schedule. */
  void watch() {
    try {
      var edition = Objects.requireNonNullElse(cache().get(EDITION), "");
      if (!edition.equals(snapshot.edition()) || ++ticks >= FULL_RELOAD_TICKS) {
        reload();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Revocations not refreshed; the previous list stays in use", e);
    }
  }

  /** Reads the edition before the rows: a change in between is seen at the next check. */
  synchronized void reload() {
    var edition = Objects.requireNonNullElse(cache().get(EDITION), "");
    snapshot = Snapshot.of(edition, revocations.entries());
    ticks = 0;
  }

  private Cache<String, String> cache() {
    if (editions == null) {
      editions = SharedCaches.open(caches, CACHE, String.class, String.class);
    }
    return editions;
  }

  private record Snapshot(String edition, RevocationList list, PublishedDocument document) {

    static Snapshot of(String edition, List<String> entries) {
      return new Snapshot(edition, RevocationList.of(entries), RevocationDocument.of(entries));
    }
  }
}
