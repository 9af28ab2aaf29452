package org.vaxline.pass.issuer;

import com.upokecenter.cbor.CBORObject;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import org.vaxline.pass.verifier.DccType;
import org.vaxline.pass.verifier.Kid;

/**
 * A document signer (DSC): a P-256 private key and its certificate, issued by the country signing
 * CA, that signs passes as COSE_Sign1 with ES256 (HCERT 1.0.5 §3.3.1; RFC 9052 §4.2).
 */
public record DocumentSigner(String alias, PrivateKey privateKey, X509Certificate certificate) {

  private static final int COSE_SIGN1_TAG = 18;
  private static final int ALG = 1;
  private static final int KID = 4;
  private static final int ES256 = -7;

  public DocumentSigner {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(certificate, "certificate");
    if (!"EC".equals(privateKey.getAlgorithm())) {
      throw new IllegalArgumentException("an ES256 signer needs an EC key, not " + alias);
    }
  }

  /**
   * Refuses a signature window outside the certificate's: HCERT 1.0.5 §3.3.4 and §3.3.5, exp must
   * not exceed the DSC's validity and iat must not predate it.
   */
  void requireCovers(Instant issuedAt, Instant expiresAt) {
    var from = certificate.getNotBefore().toInstant();
    var until = certificate.getNotAfter().toInstant();
    if (issuedAt.isBefore(from) || expiresAt.isAfter(until)) {
      throw new IllegalArgumentException(
          alias
              + " signs from "
              + from
              + " to "
              + until
              + ", not "
              + issuedAt
              + " to "
              + expiresAt);
    }
  }

  /**
   * Refuses a kind of pass the certificate's extended key usage does not cover: every verifier
   * would refuse it (HCERT 1.0.8 §A.4).
   */
  void requireAllowed(DccType type) {
    if (!type.allowedBy(certificate)) {
      throw new IllegalArgumentException(alias + " may not sign a " + type + " pass");
    }
  }

  /** The first 8 bytes of the SHA-256 of the certificate's DER (HCERT 1.0.5 §3.3.2). */
  public Kid kid() {
    return Kid.of(certificate);
  }

  /**
   * The payload signed as a tagged COSE_Sign1. alg and kid go in the protected header so they are
   * signed too (HCERT 1.0.5 §3.3.1, §3.3.2); the unprotected header is empty.
   */
  public byte[] sign1(byte[] payload) {
    var protectedHeader =
        CBORObject.NewMap().Add(ALG, ES256).Add(KID, kid().bytes()).EncodeToBytes();
    var toBeSigned =
        CBORObject.NewArray()
            .Add("Signature1")
            .Add(protectedHeader)
            .Add(new byte[0])
            .Add(payload)
            .EncodeToBytes();
    return CBORObject.NewArray()
        .Add(protectedHeader)
        .Add(CBORObject.NewMap())
        .Add(payload)
        .Add(es256(toBeSigned))
        .WithTag(COSE_SIGN1_TAG)
        .EncodeToBytes();
  }

  /**
   * COSE wants the raw r||s, 32 bytes each (RFC 9053 §2.1), not the DER that SHA256withECDSA gives;
   * the JDK's P1363 variant returns exactly that layout, so no hand conversion is needed.
   */
  private byte[] es256(byte[] toBeSigned) {
    try {
      var signature = Signature.getInstance("SHA256withECDSAinP1363Format");
      signature.initSign(privateKey);
      signature.update(toBeSigned);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ES256 signing failed for " + alias, e);
    }
  }
}
