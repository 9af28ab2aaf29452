package org.vaxline.pass.verifier;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What {@link HcertVerifier#verify} found: a valid pass, or why not. */
public sealed interface HcertVerification {

  HcertReason reason();

  default boolean valid() {
    return reason() == HcertReason.VALID;
  }

  /** The pass is authentic, in force and not revoked at the instant asked about. */
  record Valid(SignedDcc pass) implements HcertVerification {

    public Valid {
      Objects.requireNonNull(pass, "pass");
    }

    @Override
    public HcertReason reason() {
      return HcertReason.VALID;
    }

    /** The last instant of the signature's validity; the pass rules may end it earlier. */
    public Instant validUntil() {
      return pass.claims().expiresAt();
    }
  }

  /**
   * Refused. {@code pass} is present only when the signature held (expired, not yet valid, revoked,
   * wrong key usage), so nothing unauthenticated is ever shown as the holder's.
   */
  record Invalid(HcertReason reason, String detail, Optional<SignedDcc> pass)
      implements HcertVerification {

    public Invalid {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(pass, "pass");
      if (reason == HcertReason.VALID) {
        throw new IllegalArgumentException("an invalid result needs a reason other than VALID");
      }
    }
  }
}
