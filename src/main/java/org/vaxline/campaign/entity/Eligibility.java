package org.vaxline.campaign.entity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The answer to "may I book now?": eligible until {@code eligibleUntil}, or refused for {@code
 * reason} and, when a later instant would admit the same person, eligible again from {@code
 * nextEligibleAt}. Telling people a wrong "come back at" was the 2021 failure, so both instants are
 * exact, never rounded to a day.
 */
public record Eligibility(
    boolean eligible, Reason reason, Instant nextEligibleAt, Instant eligibleUntil) {

  public Eligibility {
    Objects.requireNonNull(reason, "reason");
    if (eligible != (reason == Reason.ELIGIBLE)) {
      throw new IllegalArgumentException("eligible exactly when the reason is ELIGIBLE");
    }
    if (eligible && nextEligibleAt != null) {
      throw new IllegalArgumentException("an eligible person has no next eligible instant");
    }
    if (!eligible && eligibleUntil != null) {
      throw new IllegalArgumentException("a refused person is not eligible until anything");
    }
  }

  /** Eligible now; {@code until} null means no end is known. */
  public static Eligibility eligibleUntil(Instant until) {
    return new Eligibility(true, Reason.ELIGIBLE, null, until);
  }

  /** Refused; {@code next} null means no later instant of this campaign would admit. */
  public static Eligibility refused(Reason reason, Instant next) {
    return new Eligibility(false, reason, next, null);
  }

  /**
   * Several overlapping campaigns: eligible when any is, until the latest end among those that
   * admit (an unknown end counts as latest). Otherwise the refusal that lets the person back
   * soonest (ties: first in the list), or, when none does, the first refusal. An empty list is
   * CLOSED: no campaign runs.
   */
  public static Eligibility anyOf(List<Eligibility> each) {
    var admitting = each.stream().filter(Eligibility::eligible).toList();
    if (!admitting.isEmpty()) {
      boolean endless = admitting.stream().anyMatch(e -> e.eligibleUntil() == null);
      return eligibleUntil(
          endless
              ? null
              : admitting.stream()
                  .map(Eligibility::eligibleUntil)
                  .max(Comparator.naturalOrder())
                  .orElseThrow());
    }
    return each.stream()
        .filter(e -> e.nextEligibleAt() != null)
        .reduce((soonest, e) -> e.nextEligibleAt().isBefore(soonest.nextEligibleAt()) ? e : soonest)
        .or(() -> each.stream().findFirst())
        .orElseGet(() -> refused(Reason.CLOSED, null));
  }
}
