package org.vaxline.campaign.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A campaign as an operator writes it. The cohort is either {@code bornFrom}/{@code bornUntil} or
 * {@code minAge}/{@code maxAge} on {@code ageOn}. Instants carry their offset ({@code
 * 2021-07-19T20:00:00+09:00}). {@code version} is the one read before editing; a stale one is
 * refused rather than overwriting another operator's change.
 */
public record CampaignDraft(
    @NotNull @Size(min = 1, max = 120) String name,
    @NotNull @Size(min = 1, max = 120) String nameEn,
    LocalDate bornFrom,
    LocalDate bornUntil,
    @Min(0) @Max(130) Integer minAge,
    @Min(0) @Max(130) Integer maxAge,
    LocalDate ageOn,
    @NotNull OffsetDateTime opensAt,
    @NotNull OffsetDateTime closesAt,
    OffsetDateTime rotationUntil,
    LocalTime rotationDayStartsAt,
    @NotNull @Size(min = 1, max = 10, message = "names 1 to 10 vaccine products")
        Set<@NotNull @Pattern(regexp = "[A-Z0-9_]{1,20}", message = "is a product code") String>
            products,
    @Size(max = 10, message = "names at most 10 groups")
        Set<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "is a group code") String>
            priorityGroups,
    Integer version) {

  /** The rules this draft states; throws IllegalArgumentException when they contradict. */
  public CampaignRules rules() {
    var cohort =
        ageOn == null && minAge == null && maxAge == null
            ? Cohort.bornBetween(bornFrom, bornUntil)
            : Cohort.agedBetween(minAge, maxAge, ageOn);
    if (cohort.byAge() && (bornFrom != null || bornUntil != null)) {
      throw new IllegalArgumentException("a cohort is by birth date or by age, not both");
    }
    var rotation =
        rotationUntil == null
            ? null
            : new Rotation(
                rotationUntil.toInstant(),
                rotationDayStartsAt == null ? LocalTime.MIDNIGHT : rotationDayStartsAt);
    if (rotation == null && rotationDayStartsAt != null) {
      throw new IllegalArgumentException("rotationDayStartsAt needs rotationUntil");
    }
    return new CampaignRules(
        opensAt.toInstant(),
        closesAt.toInstant(),
        cohort,
        priorityGroups == null ? Set.of() : priorityGroups,
        rotation);
  }
}
