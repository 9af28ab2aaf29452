package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;

/**
 * The CWT claims of an HCERT (HCERT 1.0.8 §3.3): the issuing country (optional, so possibly null),
 * and the window in which the signature holds, from {@code iat} to {@code exp}, both inclusive.
 */
public record CwtClaims(String issuer, Instant issuedAt, Instant expiresAt) {

  private static final int ISS = 1;
  private static final int EXP = 4;
  private static final int IAT = 6;

  public CwtClaims {
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  static CwtClaims from(CBORObject claims) throws Rejection {
    if (claims.getType() != CBORType.Map) {
      throw new Rejection(HcertReason.CWT, "the CWT claims are not a map");
    }
    var iss = claims.get(ISS);
    if (iss != null && iss.getType() != CBORType.TextString) {
      throw new Rejection(HcertReason.CWT, "iss is not text");
    }
    return new CwtClaims(
        iss == null ? null : iss.AsString(), numericDate(claims, IAT), numericDate(claims, EXP));
  }

  /** RFC 8392 §2 NumericDate: seconds since the epoch, possibly fractional; we keep whole ones. */
  private static Instant numericDate(CBORObject claims, int key) throws Rejection {
    var value = claims.get(key);
    if (value == null || !value.isNumber() || !value.AsNumber().CanTruncatedIntFitInInt64()) {
      throw new Rejection(HcertReason.CWT, "claim " + key + " is not a NumericDate");
    }
    try {
      return Instant.ofEpochSecond(value.AsNumber().ToInt64Unchecked());
    } catch (DateTimeException e) {
      throw new Rejection(HcertReason.CWT, "claim " + key + " is out of range");
    }
  }
}
