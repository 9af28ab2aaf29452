package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * Verifies an HCERT QR code offline (HCERT 1.0.8): {@code HC1:} → Base45 → zlib → COSE_Sign1 →
 * signature by a trusted document signer → CWT claims → DCC schema → key usage → validity window →
 * revocation. Every input, however hostile, ends in a result: nothing is thrown, memory and time
 * are bounded by {@link Hc1Text#MAX_LENGTH} and {@link Hc1Text#MAX_COSE_BYTES}. Thread-safe.
 */
public final class HcertVerifier {

  private static final int HCERT = -260;
  private static final int EU_DCC_V1 = 1;

  private final DccSchema schema = new DccSchema();

  public HcertVerification verify(
      String qrText, TrustList trustList, RevocationList revocations, Instant at) {
    return judge(authenticate(qrText, trustList), revocations, at);
  }

  /**
   * The costly, time-independent half of {@link #verify}: decoding and the signature. Its result
   * depends only on the QR text and the trust list, so a server may keep it per pass and run {@link
   * #judge} (validity window, revocation) on every scan.
   */
  public HcertAuthentication authenticate(String qrText, TrustList trustList) {
    try {
      var cose = CoseSign1.decode(new Hc1Text(qrText).cose());
      var signer = signerOf(cose, trustList);
      return new HcertAuthentication.Authentic(read(cose), signer);
    } catch (Rejection r) {
      return new HcertAuthentication.Refused(r.reason(HcertReason.class), r.getMessage());
    } catch (RuntimeException e) {
      // Each step checks types before reading, so this is for what a library may still throw on
      // input nobody foresaw: the venue gets an answer, never a crash.
      return new HcertAuthentication.Refused(
          HcertReason.CBOR, "unreadable: " + e.getClass().getSimpleName());
    }
  }

  /** The cheap half of {@link #verify}: key usage, validity window and revocation at {@code at}. */
  public HcertVerification judge(
      HcertAuthentication authentication, RevocationList revocations, Instant at) {
    if (authentication instanceof HcertAuthentication.Authentic authentic) {
      return judge(authentic, revocations, at);
    }
    var refused = (HcertAuthentication.Refused) authentication;
    return new HcertVerification.Invalid(refused.reason(), refused.detail(), Optional.empty());
  }

  private static HcertVerification judge(
      HcertAuthentication.Authentic authentic, RevocationList revocations, Instant at) {
    var pass = authentic.pass();
    return judge(pass, authentic.signer(), revocations, at)
        .<HcertVerification>map(
            refusal ->
                new HcertVerification.Invalid(
                    refusal.reason(HcertReason.class), refusal.getMessage(), Optional.of(pass)))
        .orElseGet(() -> new HcertVerification.Valid(pass));
  }

  /** The trusted signer whose key verifies the signature; all signers sharing the kid are tried. */
  static X509Certificate signerOf(CoseSign1 cose, TrustList trustList) throws Rejection {
    var kid = cose.kid();
    var candidates = trustList.signersOf(kid);
    if (candidates.isEmpty()) {
      throw new Rejection(HcertReason.UNKNOWN_KID, "no trusted signer with kid " + kid.base64());
    }
    for (var candidate : candidates) {
      if (cose.signedBy(candidate.getPublicKey())) {
        return candidate;
      }
    }
    throw new Rejection(HcertReason.SIGNATURE, "signature does not verify");
  }

  /** The signed payload: CWT claims and the DCC, checked against the schema before it is read. */
  SignedDcc read(CoseSign1 cose) throws Rejection {
    var claims = CborReader.DCC.decode(cose.payload());
    return new SignedDcc(cose.kid(), CwtClaims.from(claims), readDcc(euDcc(claims)));
  }

  /** The EU DCC under the hcert claim (HCERT 1.0.8 §3.3.7). */
  static CBORObject euDcc(CBORObject claims) throws Rejection {
    var hcert = claims.getType() == CBORType.Map ? claims.get(HCERT) : null;
    var dcc = hcert != null && hcert.getType() == CBORType.Map ? hcert.get(EU_DCC_V1) : null;
    if (dcc == null) {
      throw new Rejection(HcertReason.CWT, "no EU DCC under the hcert claim");
    }
    return dcc;
  }

  /** A DCC the schema accepts, as records. */
  DccCertificate readDcc(CBORObject dcc) throws Rejection {
    schema.check(dcc);
    return DccCertificate.from(dcc);
  }

  /**
   * What refuses an authentic pass at this instant, if anything. The signer certificate's own
   * validity is not checked: the trust list decides which signers count, and a signer rotated out
   * of issuing must keep its passes valid until their exp.
   */
  static Optional<Rejection> judge(
      SignedDcc pass, X509Certificate signer, RevocationList revocations, Instant at) {
    var type = pass.certificate().type();
    if (!type.allowedBy(signer)) {
      return Optional.of(new Rejection(HcertReason.KEY_USAGE, "signer may not sign " + type));
    }
    var window = inForce(pass.claims(), at);
    if (window.isPresent()) {
      return window;
    }
    var dcc = pass.certificate();
    var country = pass.claims().issuer() != null ? pass.claims().issuer() : dcc.entry().co();
    if (revocations.revokes(country, dcc.ci())) {
      return Optional.of(new Rejection(HcertReason.REVOKED, "on the revocation list"));
    }
    return Optional.empty();
  }

  /**
   * From iat to exp, both inclusive: HCERT 1.0.8 §3.3.5 rejects a pass "after" exp (stricter than
   * RFC 8392's "on or after"), and the EU test data expects a pass checked at its exp to be valid.
   */
  static Optional<Rejection> inForce(CwtClaims claims, Instant at) {
    if (at.isBefore(claims.issuedAt())) {
      return Optional.of(
          new Rejection(HcertReason.NOT_YET_VALID, "issued at " + claims.issuedAt()));
    }
    if (at.isAfter(claims.expiresAt())) {
      return Optional.of(new Rejection(HcertReason.EXPIRED, "expired at " + claims.expiresAt()));
    }
    return Optional.empty();
  }
}
