package org.vaxline.pass.verifier;

/**
 * A step of verification refused its input. Internal: {@link HcertVerifier} turns it into an {@link
 * HcertVerification.Invalid}, so no exception leaves the library.
 */
final class Rejection extends Exception {

  private final HcertReason reason;

  Rejection(HcertReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  HcertReason reason() {
    return reason;
  }
}
