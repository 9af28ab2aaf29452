package org.vaxline.campaign.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks: only what the rules need, no personal data. A birth date alone identifies no one; the
 * resident registration number stays in the identity feature.
 *
 * @param groups priority-group codes the applicant belongs to; {@code null} reads as none
 */
public record Applicant(LocalDate birthDate, Set<String> groups) {

  public Applicant {
    Objects.requireNonNull(birthDate, "birthDate");
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  public static Applicant bornOn(LocalDate birthDate) {
    return new Applicant(birthDate, Set.of());
  }
}
