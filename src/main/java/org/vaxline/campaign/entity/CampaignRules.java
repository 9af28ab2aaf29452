package org.vaxline.campaign.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of one campaign: who (cohort, priority groups), when (bookings from {@code opensAt}
 * inclusive until {@code closesAt} exclusive) and, optionally, on which day (the birthday {@link
 * Rotation}). Pure rules: the caller supplies the instant, always from Korea's clock.
 *
 * @param priorityGroups empty (or null) means everyone in the cohort; otherwise the applicant must
 *     belong to one of them
 * @param rotation null when no birthday rotation applies
 */
public record CampaignRules(
    Instant opensAt,
    Instant closesAt,
    Cohort cohort,
    Set<String> priorityGroups,
    Rotation rotation) {

  public CampaignRules {
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(cohort, "a campaign needs a cohort");
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException(
          "closesAt " + closesAt + " is not after opensAt " + opensAt);
    }
    // A rotation may outlast the campaign (it then applies throughout), but one that ended
    // before the opening would be a rule nobody ever meets: almost surely a typo.
    if (rotation != null && !rotation.until().isAfter(opensAt)) {
      throw new IllegalArgumentException(
          "rotation ends at " + rotation.until() + ", not after opensAt " + opensAt);
    }
    priorityGroups = priorityGroups == null ? Set.of() : Set.copyOf(priorityGroups);
  }

  /**
   * Checks in the order a person can act on: who they are never changes, so cohort and group come
   * first with no next instant; then the booking window; then the rotation day.
   */
  public Eligibility evaluate(Applicant applicant, Instant at) {
    var born = applicant.birthDate();
    var notInCohort = cohort.refuses(born);
    if (notInCohort.isPresent()) {
      return Eligibility.refused(notInCohort.get(), null);
    }
    if (!priorityGroups.isEmpty() && Collections.disjoint(priorityGroups, applicant.groups())) {
      return Eligibility.refused(Reason.NOT_IN_PRIORITY_GROUP, null);
    }
    if (at.isBefore(opensAt)) {
      return Eligibility.refused(Reason.NOT_YET_OPEN, beforeClosing(firstAdmission(born, opensAt)));
    }
    if (!at.isBefore(closesAt)) {
      return Eligibility.refused(Reason.CLOSED, null);
    }
    if (rotation != null && !rotation.admits(born, at)) {
      return Eligibility.refused(
          Reason.ROTATION_DAY_MISMATCH, beforeClosing(rotation.nextAdmission(born, at)));
    }
    var rotationEnds = rotation == null ? null : rotation.admissionEnds(born, at);
    return Eligibility.eligibleUntil(
        rotationEnds != null && rotationEnds.isBefore(closesAt) ? rotationEnds : closesAt);
  }

  /** The rules in plain words, Korean and English, for the public campaign list. */
  public Wording wording() {
    var who = cohort.wording();
    var ko = new StringBuilder(who.ko()).append(". ");
    var en = new StringBuilder(who.en()).append(". ");
    if (!priorityGroups.isEmpty()) {
      var codes = String.join(", ", new TreeSet<>(priorityGroups));
      ko.append("대상 집단: ").append(codes).append(". ");
      en.append("Priority groups: ").append(codes).append(". ");
    }
    var opens = Wording.kst(opensAt);
    var closes = Wording.kst(closesAt);
    ko.append(opens).append("부터 ").append(closes).append(" 전까지 예약.");
    en.append("Booking from ").append(opens).append(" until ").append(closes).append(" (KST).");
    if (rotation != null) {
      appendRotation(ko, en);
    }
    return new Wording(ko.toString(), en.toString());
  }

  private void appendRotation(StringBuilder ko, StringBuilder en) {
    var rule = rotation.wording();
    if (rotation.until().isBefore(closesAt)) {
      var until = Wording.kst(rotation.until());
      ko.append(' ').append(until).append(" 전까지는 ").append(rule.ko()).append('.');
      en.append(" Until ").append(until).append(", ").append(rule.en()).append('.');
    } else {
      ko.append(" 예약 기간 내내 ").append(rule.ko()).append('.');
      en.append(" Throughout, ").append(rule.en()).append('.');
    }
  }

  private Instant firstAdmission(LocalDate born, Instant from) {
    return rotation == null ? from : rotation.nextAdmission(born, from);
  }

  /** A "come back at" the campaign will not see is no answer: null instead. */
  private Instant beforeClosing(Instant next) {
    return next.isBefore(closesAt) ? next : null;
  }
}
