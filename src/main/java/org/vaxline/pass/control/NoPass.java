package org.vaxline.pass.control;

import org.vaxline.platform.control.DomainException;

/** The citizen asked for a pass, or a check-in code, that their records do not give. */
public class NoPass extends DomainException {

  private NoPass(String slug, String title, String detail) {
    super(slug, title, 404, detail);
  }

  /** The type stays {@code no-pass}, as before passes stated tests and recoveries. */
  static NoPass noRecord() {
    return new NoPass(
        "no-pass",
        "No vaccine pass",
        "No dose, negative test result or release from isolation is recorded for you, so there is"
            + " no pass to show.");
  }

  static NoPass notValidNow(String reason) {
    return new NoPass(
        "no-valid-pass",
        "No valid vaccine pass",
        "Your pass is not valid now (" + reason + "), so no check-in code is made for it.");
  }
}
