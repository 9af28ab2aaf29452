package org.vaxline.pass.verifier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a SMART Health Card offline (SHC framework, smart-on-fhir/health-cards): {@code shc:/}
 * numeric QR → compact JWS → ES256 signature by a trusted issuer's key → raw DEFLATE payload → JWT
 * claims and FHIR bundle → issuer, validity window, revocation. The same design as {@link
 * HcertVerifier}: keys and revocations are inputs, nothing is fetched, nothing is thrown, and every
 * step is bounded. Thread-safe.
 */
public final class ShcVerifier {

  /** The payload of the largest card a set of QR codes can carry, with room to spare. */
  static final int MAX_PAYLOAD_BYTES = 256 * 1024;

  private static final BoundedInflater DEFLATE = BoundedInflater.raw(MAX_PAYLOAD_BYTES);

  public ShcVerification verify(
      String qrText, ShcIssuers issuers, ShcRevocationList revocations, Instant at) {
    return verify(qrText == null ? List.of() : List.of(qrText), issuers, revocations, at);
  }

  /** A card split over several QR codes (deprecated chunking), in any order. */
  public ShcVerification verify(
      List<String> qrTexts, ShcIssuers issuers, ShcRevocationList revocations, Instant at) {
    try {
      var card = authenticate(compactJws(new ShcQr(qrTexts).jws()), issuers);
      return judge(card, revocations, at)
          .<ShcVerification>map(
              r ->
                  new ShcVerification.Invalid(
                      r.reason(ShcReason.class), r.getMessage(), Optional.of(card)))
          .orElseGet(() -> new ShcVerification.Valid(card));
    } catch (Rejection r) {
      return new ShcVerification.Invalid(
          r.reason(ShcReason.class), r.getMessage(), Optional.empty());
    } catch (JOSEException | RuntimeException e) {
      // A key nimbus cannot use, or input no step foresaw: an answer, never a crash.
      return new ShcVerification.Invalid(
          ShcReason.JWS, "unreadable: " + e.getClass().getSimpleName(), Optional.empty());
    }
  }

  /**
   * The card, once a trusted key verifies its signature and the card names that key's issuer. The
   * payload is decompressed and read only after the signature holds.
   */
  private static ShcCard authenticate(JWSObject jws, ShcIssuers issuers)
      throws Rejection, JOSEException {
    var kid = jws.getHeader().getKeyID();
    var signer =
        issuers
            .keyFor(kid)
            .orElseThrow(() -> new Rejection(ShcReason.UNKNOWN_KEY, "no trusted key " + kid));
    if (!jws.verify(new ECDSAVerifier(signer.key()))) {
      throw new Rejection(ShcReason.SIGNATURE, "signature does not verify");
    }
    var card = card(kid, jws);
    if (!card.iss().equals(signer.issuer())) {
      throw new Rejection(ShcReason.UNKNOWN_ISSUER, card.iss() + " did not publish key " + kid);
    }
    return card;
  }

  /** Compact JWS, ES256, with the payload DEFLATEd (SHC framework, "Health Cards are Compact"). */
  private static JWSObject compactJws(String text) throws Rejection {
    try {
      var jws = JWSObject.parse(text);
      var header = jws.getHeader();
      if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())
          || !"DEF".equals(header.getCustomParam("zip"))
          || header.getKeyID() == null) {
        throw new Rejection(ShcReason.JWS, "not alg ES256, zip DEF with a kid");
      }
      return jws;
    } catch (ParseException e) {
      throw new Rejection(ShcReason.JWS, "not a compact JWS: " + e.getMessage());
    }
  }

  private static ShcCard card(String kid, JWSObject jws) throws Rejection {
    var json = new String(DEFLATE.inflate(jws.getPayload().toBytes()), StandardCharsets.UTF_8);
    try {
      return ShcCard.from(kid, JSONObjectUtils.parse(json));
    } catch (ParseException | IllegalArgumentException | NullPointerException e) {
      throw new Rejection(ShcReason.PAYLOAD, "not a health card: " + e.getMessage());
    }
  }

  /** From nbf to exp (if any), both inclusive, as for HCERT; then revocation. */
  private static Optional<Rejection> judge(ShcCard card, ShcRevocationList revoked, Instant at) {
    if (at.isBefore(card.nbf())) {
      return Optional.of(new Rejection(ShcReason.NOT_YET_VALID, "not before " + card.nbf()));
    }
    if (card.exp() != null && at.isAfter(card.exp())) {
      return Optional.of(new Rejection(ShcReason.EXPIRED, "expired at " + card.exp()));
    }
    if (revoked.revokes(card.kid(), card.rid(), card.nbf())) {
      return Optional.of(new Rejection(ShcReason.REVOKED, "rid " + card.rid() + " is revoked"));
    }
    return Optional.empty();
  }
}
