package org.vaxline.campaign.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

/** A campaign row (db/V6): who may book, and when. The rules themselves are {@link #rules()}. */
@Entity
public class Campaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "name_ko")
  String nameKo;

  @Column(name = "name_en")
  String nameEn;

  @Column(name = "born_from")
  LocalDate bornFrom;

  @Column(name = "born_until")
  LocalDate bornUntil;

  @Column(name = "min_age")
  Integer minAge;

  @Column(name = "max_age")
  Integer maxAge;

  @Column(name = "age_on")
  LocalDate ageOn;

  @Column(name = "opens_at")
  Instant opensAt;

  @Column(name = "closes_at")
  Instant closesAt;

  @Column(name = "rotation_until")
  Instant rotationUntil;

  @Column(name = "rotation_day_starts")
  LocalTime rotationDayStarts;

  int version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "campaign_product", joinColumns = @JoinColumn(name = "campaign_id"))
  @Column(name = "product_code")
  Set<String> products = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "campaign_priority_group",
      joinColumns = @JoinColumn(name = "campaign_id"))
  @Column(name = "group_code")
  Set<String> priorityGroups = new HashSet<>();

  protected Campaign() {}

  public Campaign(CampaignDraft draft) {
    apply(draft);
    version = 1;
  }

  /** Takes over a validated draft; the version moves on so stale editors are refused. */
  public void revise(CampaignDraft draft) {
    apply(draft);
    version++;
  }

  private void apply(CampaignDraft draft) {
    nameKo = draft.name();
    nameEn = draft.nameEn();
    bornFrom = draft.bornFrom();
    bornUntil = draft.bornUntil();
    minAge = draft.minAge();
    maxAge = draft.maxAge();
    ageOn = draft.ageOn();
    opensAt = draft.opensAt().toInstant();
    closesAt = draft.closesAt().toInstant();
    rotationUntil = draft.rotationUntil() == null ? null : draft.rotationUntil().toInstant();
    rotationDayStarts =
        draft.rotationDayStartsAt() == null ? LocalTime.MIDNIGHT : draft.rotationDayStartsAt();
    products = new HashSet<>(draft.products());
    priorityGroups =
        new HashSet<>(draft.priorityGroups() == null ? Set.of() : draft.priorityGroups());
  }

  public long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public CampaignRules rules() {
    var cohort =
        ageOn == null
            ? Cohort.bornBetween(bornFrom, bornUntil)
            : Cohort.agedBetween(minAge, maxAge, ageOn);
    var rotation = rotationUntil == null ? null : new Rotation(rotationUntil, rotationDayStarts);
    return new CampaignRules(opensAt, closesAt, cohort, Set.copyOf(priorityGroups), rotation);
  }

  public CampaignView view() {
    var rules = rules();
    return CampaignView.of(id, nameKo, nameEn, rules, products, priorityGroups, version);
  }
}
