package org.vaxline.registry.boundary;

import jakarta.validation.constraints.Pattern;

/**
 * Who a record is about, named one way of three: the resident reference ({@code ref}, as identity's
 * views name people), the confirmation number of their booking, or, for a walk-in, the registration
 * number and name on their identity card.
 */
public record Subject(
    @Pattern(regexp = "[1-9]\\d{0,17}", message = "is a resident reference") String ref,
    @Pattern(regexp = "[34679ABCDEFGHJKMNPQRTUVWXY]{10}", message = "is a confirmation number")
        String confirmation,
    @Pattern(regexp = "\\d{6}-?\\d{7}", message = "is 13 digits, written YYMMDD-NNNNNNN")
        String registrationNumber,
    @Pattern(
            regexp = "[^\\p{Cntrl}\\s][^\\p{Cntrl}]{0,39}",
            message = "is a name, 1 to 40 characters")
        String name) {

  /** Never prints the number, should a record ever be logged. */
  @Override
  public String toString() {
    return "Subject[ref=" + ref + ", confirmation=" + confirmation + ", registrationNumber=*]";
  }
}
