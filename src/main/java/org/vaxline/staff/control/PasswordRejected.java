package org.vaxline.staff.control;

import org.vaxline.platform.control.DomainException;

/** A new password that does not meet the policy. */
public class PasswordRejected extends DomainException {

  public PasswordRejected(String reason) {
    super("password-rejected", "Password rejected", 422, reason);
  }
}
