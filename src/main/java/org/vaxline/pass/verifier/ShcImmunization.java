package org.vaxline.pass.verifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A FHIR Immunization of a SMART Health Card: the vaccine's code (CVX, SNOMED CT or another system
 * the issuer uses), when it was given and whether it was completed.
 */
public record ShcImmunization(String system, String code, LocalDate date, String status) {

  public ShcImmunization {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
  }

  public boolean completed() {
    return "completed".equals(status);
  }
}
