package org.vaxline.identity.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.vaxline.identity.control.InvalidRegistrationNumber;
import org.vaxline.identity.entity.ResidentRegistrationNumber;

/** Who someone says they are, or says the person they act for is. */
public record PersonClaim(
    @NotNull @Pattern(regexp = "\\d{6}-?\\d{7}", message = "is 13 digits, written YYMMDD-NNNNNNN")
        String registrationNumber,
    @NotNull
        @Pattern(
            regexp = "[^\\p{Cntrl}\\s][^\\p{Cntrl}]{0,39}",
            message = "is a name, 1 to 40 characters")
        String name) {

  ResidentRegistrationNumber number() {
    try {
      return ResidentRegistrationNumber.parse(registrationNumber);
    } catch (IllegalArgumentException e) {
      throw new InvalidRegistrationNumber();
    }
  }

  /** Never prints the number, should a record ever be logged. */
  @Override
  public String toString() {
    return "PersonClaim[registrationNumber=******, name=*]";
  }
}
