package org.vaxline.pass.verifier;

import java.util.Objects;

/**
 * A DCC whose signature has been verified: the kid of its document signer, its CWT claims and its
 * content. Only a verified signature makes its content worth showing.
 */
public record SignedDcc(Kid kid, CwtClaims claims, DccCertificate certificate) {

  public SignedDcc {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(certificate, "certificate");
  }
}
