package org.vaxline.pass.issuer;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.zip.Deflater;
import org.apache.commons.codec.binary.Base45;

/**
 * Issues passes as HCERT (HCERT 1.0.5): CWT claims with the EU DCC, signed as COSE_Sign1 by the
 * current document signer, zlib-compressed, Base45-encoded and prefixed with {@code HC1:} for the
 * QR code (§4.2). Thread-safe: keys are immutable and SecureRandom is safe to share.
 */
public final class PassIssuer {

  /** The context identifier of an EU DCC in a QR code (HCERT 1.0.5 §4.2.2). */
  static final String HC1 = "HC1:";

  private final PassKeys keys;
  private final SecureRandom random = new SecureRandom();

  public PassIssuer(PassKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * The pass for the request's statement, signed by the current signer, with a fresh identifier.
   *
   * @throws IllegalArgumentException if the request's window is outside the signer's validity, or
   *     the signer may not sign its kind of pass
   */
  public IssuedPass issue(PassRequest request) {
    return issue(request, Uvci.random(random));
  }

  /**
   * The pass with a given identifier: a server that derives the UVCI from the person's record
   * re-issues the same identifier, so a revocation keeps holding for a pass fetched again.
   */
  public IssuedPass issue(PassRequest request, Uvci uvci) {
    var signer = keys.current();
    signer.requireCovers(request.issuedAt(), request.expiresAt());
    var payload = new PassPayload(request, uvci);
    signer.requireAllowed(payload.type());
    var cose = signer.sign1(payload.cwtClaims());
    return new IssuedPass(
        HC1 + new Base45().encodeToString(zlib(cose)),
        uvci,
        signer.kid(),
        wholeSeconds(request.issuedAt()),
        wholeSeconds(request.expiresAt()));
  }

  private static Instant wholeSeconds(Instant instant) {
    return Instant.ofEpochSecond(instant.getEpochSecond());
  }

  /** zlib (RFC 1950) as HCERT 1.0.5 §4.2.1 requires, at the best compression for a small QR. */
  static byte[] zlib(byte[] bytes) {
    var deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      var out = new ByteArrayOutputStream(bytes.length);
      var buffer = new byte[1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
