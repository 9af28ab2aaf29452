package org.vaxline.pass.verifier;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * Whether an HCERT's signature holds under a trust list, whatever the instant: the part of
 * verification that costs an ECDSA check, and that a server can therefore remember per pass.
 */
public sealed interface HcertAuthentication {

  /** Decoded, and signed by {@code signer}, a document signer of the trust list. */
  record Authentic(SignedDcc pass, X509Certificate signer) implements HcertAuthentication {

    public Authentic {
      Objects.requireNonNull(pass, "pass");
      Objects.requireNonNull(signer, "signer");
    }
  }

  /** Unreadable, or not signed by a trusted signer; the reason is never {@code VALID}. */
  record Refused(HcertReason reason, String detail) implements HcertAuthentication {

    public Refused {
      Objects.requireNonNull(reason, "reason");
      if (reason == HcertReason.VALID) {
        throw new IllegalArgumentException("a refusal needs a reason other than VALID");
      }
    }
  }
}
