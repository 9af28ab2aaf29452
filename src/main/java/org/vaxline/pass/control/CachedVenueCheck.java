package org.vaxline.pass.control;

import java.time.Instant;
import java.util.Objects;
import org.vaxline.pass.verifier.HcertVerifier;
import org.vaxline.pass.verifier.PassRules;
import org.vaxline.pass.verifier.RevocationList;
import org.vaxline.pass.verifier.TrustList;
import org.vaxline.pass.verifier.VenueCheck;
import org.vaxline.pass.verifier.VenueVerdict;

/**
 * The venue check of the offline library ({@link VenueCheck}) for one trust list, with each pass's
 * signature result remembered ({@link SignatureCache}); the instant and the revocation list are the
 * caller's on every scan, so a remembered pass that expires or is revoked is refused at once.
 */
public final class CachedVenueCheck {

  private final TrustList trustList;
  private final HcertVerifier verifier = new HcertVerifier();
  private final VenueCheck venue;
  private final SignatureCache signatures;

  public CachedVenueCheck(TrustList trustList, PassRules rules, int capacity) {
    this.trustList = Objects.requireNonNull(trustList, "trustList");
    this.venue = new VenueCheck(verifier, rules);
    this.signatures = new SignatureCache(capacity);
  }

  public VenueVerdict check(String qrText, RevocationList revocations, Instant at) {
    var authentication =
        signatures.authenticate(qrText, text -> verifier.authenticate(text, trustList));
    return venue.verdict(verifier.judge(authentication, revocations, at), at);
  }

  /** How many passes are remembered, for tests and metrics. */
  public int remembered() {
    return signatures.size();
  }
}
