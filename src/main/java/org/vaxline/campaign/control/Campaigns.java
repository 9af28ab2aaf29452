package org.vaxline.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.vaxline.campaign.entity.Campaign;
import org.vaxline.campaign.entity.CampaignDraft;
import org.vaxline.campaign.entity.CampaignView;
import org.vaxline.identity.control.People;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.vaccine.control.VaccineProducts;

/** Operators create and revise campaigns; each change is audited and reaches every node. */
@ApplicationScoped
public class Campaigns {

  @PersistenceContext EntityManager em;
  @Inject VaccineProducts vaccines;
  @Inject People people;
  @Inject AuditLog audit;
  @Inject Event<CampaignsChanged> changed;
  @Inject Clock clock;

  /** Every campaign, closed ones too, straight from the database. */
  @Transactional
  public List<CampaignView> all() {
    return em.createQuery("select c from Campaign c order by c.opensAt, c.id", Campaign.class)
        .getResultStream()
        .map(campaign -> campaign.view().at(clock.instant()))
        .toList();
  }

  /**
   * Every campaign with its rules, for the catalog. In a transaction of its own: Payara closes a
   * non-transactional EntityManager when the same thread next touches the shared cache, and the
   * catalog also reloads from the completion of the transaction that changed a campaign.
   */
  @Transactional(TxType.REQUIRES_NEW)
  List<CampaignCatalog.Listed> listed() {
    return em.createQuery("select c from Campaign c order by c.opensAt, c.id", Campaign.class)
        .getResultStream()
        .map(campaign -> new CampaignCatalog.Listed(campaign.view(), campaign.rules()))
        .toList();
  }

  @Transactional
  public CampaignView create(CampaignDraft draft, String operator) {
    check(draft);
    var campaign = new Campaign(draft);
    em.persist(campaign);
    em.flush();
    audit.record(
        "staff:" + operator, "campaign.created", "campaign:" + campaign.id(), draft.name());
    changed.fire(new CampaignsChanged(campaign.id()));
    return campaign.view().at(clock.instant());
  }

  @Transactional
  public CampaignView revise(long id, CampaignDraft draft, String operator) {
    check(draft);
    var campaign = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (campaign == null) {
      throw new UnknownCampaign(id);
    }
    if (draft.version() == null || draft.version() != campaign.version()) {
      throw new CampaignEditConflict(id, campaign.version());
    }
    campaign.revise(draft);
    audit.record(
        "staff:" + operator,
        "campaign.revised",
        "campaign:" + id,
        "version " + campaign.version() + ": " + draft.name());
    changed.fire(new CampaignsChanged(id));
    return campaign.view().at(clock.instant());
  }

  /**
   * Creates the given campaigns unless some exist (demo data). Nodes starting together queue on an
   * advisory lock, so only one of them creates.
   */
  @Transactional
  public int createIfNone(List<CampaignDraft> drafts, String actor) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('vaxline-demo-campaigns'))")
        .getSingleResult();
    if (em.createQuery("select count(c) from Campaign c", Long.class).getSingleResult() > 0) {
      return 0;
    }
    drafts.forEach(draft -> create(draft, actor));
    return drafts.size();
  }

  private void check(CampaignDraft draft) {
    try {
      draft.rules();
    } catch (IllegalArgumentException e) {
      // The rules' own messages name fields and values of the draft, never personal data.
      throw new CampaignRejected(e.getMessage());
    }
    var unknownProducts = new HashSet<>(draft.products());
    unknownProducts.removeAll(vaccines.codes());
    if (!unknownProducts.isEmpty()) {
      throw new CampaignRejected("Unknown vaccine products: " + unknownProducts + ".");
    }
    if (draft.priorityGroups() != null) {
      var unknownGroups = new HashSet<>(draft.priorityGroups());
      unknownGroups.removeAll(people.priorityGroups());
      if (!unknownGroups.isEmpty()) {
        throw new CampaignRejected("Unknown priority groups: " + unknownGroups + ".");
      }
    }
  }
}
