package org.vaxline.identity.control;

import org.vaxline.platform.control.DomainException;

/** A registration number whose form is impossible (its text is never repeated back). */
public class InvalidRegistrationNumber extends DomainException {

  public InvalidRegistrationNumber() {
    super(
        "invalid-registration-number",
        "Invalid resident registration number",
        400,
        "A resident registration number is 13 digits (YYMMDD-NNNNNNN) whose first six are a real"
            + " birth date and whose seventh gives century and sex.");
  }
}
