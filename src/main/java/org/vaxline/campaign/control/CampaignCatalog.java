package org.vaxline.campaign.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.vaxline.campaign.entity.Applicant;
import org.vaxline.campaign.entity.CampaignRules;
import org.vaxline.campaign.entity.CampaignView;
import org.vaxline.campaign.entity.Eligibility;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.platform.control.SharedCaches;

/**
 * Every node's in-memory copy of all campaigns, so that rule checks and campaign lists never read
 * the database (a rule check is what millions ask at once). A change is announced by writing a new
 * random edition into a JCache entry that Hazelcast shares; each node compares it with the edition
 * it holds once a second and reloads when it differs, and reloads every minute in any case, so an
 * announcement lost with a dying node delays a change by at most that minute.
 */
@ApplicationScoped
public class CampaignCatalog {

  static final String CACHE = "vaxline-campaigns";
  static final String EDITION = "edition";
  private static final int FULL_RELOAD_TICKS = 60;
  private static final int ANNOUNCE_LIMIT_SECONDS = 10;
  private static final Logger LOG = Logger.getLogger(CampaignCatalog.class.getName());

  @Inject Campaigns campaigns;
  @Inject CacheManager caches;
  @Resource ManagedScheduledExecutorService scheduler;

  private volatile Snapshot snapshot = new Snapshot("", Map.of());
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
   * After a change commits: tell every node, and reload here at once. Both run on a thread of their
   * own: Payara hands the request's context to a Hazelcast operation that runs locally, which then
   * closes the request's non-transactional EntityManagers (the staff sign-in's) and fails.
   */
  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) CampaignsChanged changed) {
    var edition = UUID.randomUUID().toString();
    var announced =
        scheduler.submit(
            () -> {
              cache().put(EDITION, edition);
              reload();
            });
    try {
      // The operator's next request on this node sees the change.
      announced.get(ANNOUNCE_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(Level.WARNING, "Campaign change not yet announced; nodes reload within a minute", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The open and upcoming campaigns at {@code now}, soonest first. */
  public List<CampaignView> current(Instant now) {
    return snapshot.byId().values().stream()
        .filter(listed -> now.isBefore(listed.rules().closesAt()))
        .map(listed -> listed.view().at(now))
        .toList();
  }

  public CampaignView find(long id, Instant now) {
    return listed(id).view().at(now);
  }

  public Eligibility check(long id, Applicant applicant, Instant at) {
    return listed(id).rules().evaluate(applicant, at);
  }

  /** The applicant against every campaign that has not closed at {@code at}. */
  public List<Verdict> verdicts(Applicant applicant, Instant at) {
    return snapshot.byId().values().stream()
        .filter(listed -> at.isBefore(listed.rules().closesAt()))
        .map(listed -> new Verdict(listed.view().at(at), listed.rules().evaluate(applicant, at)))
        .toList();
  }

  private Listed listed(long id) {
    var listed = snapshot.byId().get(id);
    if (listed == null) {
      throw new UnknownCampaign(id);
    }
    return listed;
  }

  /** A failed check is logged and the next one tried: an exception would end the schedule. */
  void watch() {
    try {
      var edition = Objects.requireNonNullElse(cache().get(EDITION), "");
      if (!edition.equals(snapshot.edition()) || ++ticks >= FULL_RELOAD_TICKS) {
        reload();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Campaigns not refreshed; the previous copy stays in use", e);
    }
  }

  /** Reads the edition before the rows: a change in between is seen at the next check. */
  synchronized void reload() {
    var edition = Objects.requireNonNullElse(cache().get(EDITION), "");
    var byId = new LinkedHashMap<Long, Listed>();
    campaigns.listed().forEach(listed -> byId.put(listed.view().id(), listed));
    snapshot = new Snapshot(edition, Collections.unmodifiableMap(byId));
    ticks = 0;
  }

  private Cache<String, String> cache() {
    if (editions == null) {
      editions = SharedCaches.open(caches, CACHE, String.class, String.class);
    }
    return editions;
  }

  /** A campaign as one person stands with it. */
  public record Verdict(CampaignView campaign, Eligibility eligibility) {}

  record Listed(CampaignView view, CampaignRules rules) {}

  /** In opening order, which is the order lists are shown in. */
  private record Snapshot(String edition, Map<Long, Listed> byId) {}
}
