package org.vaxline.campaign.control;

import jakarta.annotation.PostConstruct;
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
import javax.cache.CacheManager;
import org.vaxline.campaign.entity.Applicant;
import org.vaxline.campaign.entity.CampaignRules;
import org.vaxline.campaign.entity.CampaignView;
import org.vaxline.campaign.entity.Eligibility;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.platform.control.SharedEdition;

/**
 * Every node's in-memory copy of all campaigns, so that rule checks and campaign lists never read
 * the database (a rule check is what millions ask at once); changes reach every node through a
 * {@link SharedEdition}.
 */
@ApplicationScoped
public class CampaignCatalog {

  static final String CACHE = "vaxline-campaigns";

  @Inject Campaigns campaigns;
  @Inject CacheManager caches;
  @Resource ManagedScheduledExecutorService scheduler;

  /** In opening order, which is the order lists are shown in. */
  private volatile Map<Long, Listed> byId = Map.of();

  private SharedEdition edition;

  /**
   * Made before any start-up work, so that a change committed by another observer of {@link
   * SchemaReady} (the demo loader's) is announced and loaded whichever runs first.
   */
  @PostConstruct
  void prepare() {
    edition = new SharedEdition("Campaigns", caches, CACHE, scheduler, this::reload);
  }

  void start(@Observes SchemaReady ready) {
    edition.start();
  }

  @PreDestroy
  void stop() {
    edition.stop();
  }

  /** After a change commits: every node reloads, this one before the operator's next request. */
  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) CampaignsChanged changed) {
    edition.announce();
  }

  /** The open and upcoming campaigns at {@code now}, soonest first. */
  public List<CampaignView> current(Instant now) {
    return byId.values().stream()
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
    return byId.values().stream()
        .filter(listed -> at.isBefore(listed.rules().closesAt()))
        .map(listed -> new Verdict(listed.view().at(at), listed.rules().evaluate(applicant, at)))
        .toList();
  }

  private Listed listed(long id) {
    var listed = byId.get(id);
    if (listed == null) {
      throw new UnknownCampaign(id);
    }
    return listed;
  }

  private void reload() {
    var loaded = new LinkedHashMap<Long, Listed>();
    campaigns.listed().forEach(listed -> loaded.put(listed.view().id(), listed));
    byId = Collections.unmodifiableMap(loaded);
  }

  /** A campaign as one person stands with it. */
  public record Verdict(CampaignView campaign, Eligibility eligibility) {}

  record Listed(CampaignView view, CampaignRules rules) {}
}
