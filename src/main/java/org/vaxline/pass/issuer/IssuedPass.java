package org.vaxline.pass.issuer;

import java.time.Instant;
import java.util.Objects;
import org.vaxline.pass.verifier.Kid;

/**
 * A signed pass: the QR text ({@code HC1:…}), its certificate identifier (for revocation), the
 * signer's kid, and the signature window as the CWT states it, in whole seconds.
 */
public record IssuedPass(String qrText, Uvci uvci, Kid kid, Instant issuedAt, Instant expiresAt) {

  public IssuedPass {
    Objects.requireNonNull(qrText, "qrText");
    Objects.requireNonNull(uvci, "uvci");
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
