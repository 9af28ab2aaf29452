package org.vaxline.pass.verifier;

import java.time.Instant;
import java.util.Objects;

/**
 * A venue's check of one scanned HCERT: the signature, validity window and revocation ({@link
 * HcertVerifier}), then Korea's rules ({@link PassRules}) on what the pass proves. The same code
 * runs in a venue app, offline, and behind the online endpoint. Thread-safe.
 */
public final class VenueCheck {

  private final HcertVerifier verifier;
  private final PassRules rules;

  public VenueCheck(HcertVerifier verifier, PassRules rules) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  public VenueVerdict check(
      String qrText, TrustList trustList, RevocationList revocations, Instant at) {
    return verdict(verifier.verify(qrText, trustList, revocations, at), at);
  }

  /** The verdict on an HCERT verification made at {@code at}. */
  public VenueVerdict verdict(HcertVerification verification, Instant at) {
    if (!(verification instanceof HcertVerification.Valid valid)) {
      return VenueVerdict.unread(verification.reason());
    }
    var dcc = valid.pass().certificate();
    var status = rules.evaluate(DccHistory.of(dcc), at);
    var holder = dcc.holder();
    return new VenueVerdict(
        HcertReason.VALID,
        status.reason(),
        status.valid() ? earlier(status.validUntil(), valid.validUntil()) : null,
        holder.maskedName(),
        holder.maskedBirthDate());
  }

  /** The signature holds through its exp inclusive (HCERT §3.3.5); the rules' end is exclusive. */
  private static Instant earlier(Instant rulesEnd, Instant signatureExp) {
    var signatureEnd = signatureExp.plusMillis(1);
    return rulesEnd == null || signatureEnd.isBefore(rulesEnd) ? signatureEnd : rulesEnd;
  }
}
