package org.vaxline.campaign.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vaxline.platform.control.KoreaTime;

/**
 * A campaign as the public and operators see it: instants in Korean time with their offset, and the
 * rules in plain words ({@code rules.ko}, {@code rules.en}).
 *
 * @param status OPEN, UPCOMING or CLOSED at the moment of the answer
 */
@JsonbPropertyOrder({
  "id",
  "name",
  "nameEn",
  "status",
  "opensAt",
  "closesAt",
  "cohort",
  "rotation",
  "products",
  "priorityGroups",
  "rules",
  "version"
})
public record CampaignView(
    long id,
    String name,
    String nameEn,
    String status,
    OffsetDateTime opensAt,
    OffsetDateTime closesAt,
    CohortView cohort,
    RotationView rotation,
    List<String> products,
    List<String> priorityGroups,
    Wording rules,
    int version) {

  static CampaignView of(
      long id,
      String name,
      String nameEn,
      CampaignRules rules,
      Set<String> products,
      Set<String> groups,
      int version) {
    var cohort = rules.cohort();
    var rotation = rules.rotation();
    return new CampaignView(
        id,
        name,
        nameEn,
        null,
        korean(rules.opensAt()),
        korean(rules.closesAt()),
        new CohortView(
            cohort.bornFrom(),
            cohort.bornUntil(),
            cohort.minAge(),
            cohort.maxAge(),
            cohort.ageOn()),
        rotation == null
            ? null
            : new RotationView(korean(rotation.until()), rotation.dayStartsAt()),
        List.copyOf(new TreeSet<>(products)),
        List.copyOf(new TreeSet<>(groups)),
        rules.wording(),
        version);
  }

  public CampaignView at(Instant now) {
    var status =
        now.isBefore(opensAt.toInstant())
            ? "UPCOMING"
            : now.isBefore(closesAt.toInstant()) ? "OPEN" : "CLOSED";
    return new CampaignView(
        id,
        name,
        nameEn,
        status,
        opensAt,
        closesAt,
        cohort,
        rotation,
        products,
        priorityGroups,
        rules,
        version);
  }

  public static OffsetDateTime korean(Instant instant) {
    return instant == null ? null : instant.atZone(KoreaTime.ZONE).toOffsetDateTime();
  }

  public record CohortView(
      LocalDate bornFrom, LocalDate bornUntil, Integer minAge, Integer maxAge, LocalDate ageOn) {}

  /** The birthday rotation (10부제) until {@code until}; a rotation day starts at dayStartsAt. */
  public record RotationView(OffsetDateTime until, LocalTime dayStartsAt) {}
}
