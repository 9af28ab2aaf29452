package org.vaxline.pass.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.vaxline.pass.verifier.RevocationList;
import org.vaxline.pass.verifier.VenueVerdict;
import org.vaxline.platform.control.SignedTokens;

/**
 * Short-lived check-in codes (ARCHITECTURE.md principle 6): the citizen site fetches one for its
 * own pass and shows it; it is accepted for 30 seconds, so a screenshot passed around is useless at
 * an online check-in. A code is a JWS (HMAC-SHA-256, a key every node shares) bound to the pass by
 * its revocation-list entry, the hash of its UVCI, and carrying what a check-in shows: the pass's
 * reason and end, the masked name and birth date. Checking one needs no state: the signature, the
 * clock and the in-memory revocation list.
 */
public final class CheckInCodes {

  public static final Duration LIFETIME = Duration.ofSeconds(30);
  static final String TYPE = "vaxline-check-in+jwt";

  private static final String UNTIL = "until";
  private static final String PASS_UNTIL = "passUntil";
  private static final String REASON = "reason";
  private static final String NAME = "name";
  private static final String BIRTH_DATE = "birthDate";

  private final SignedTokens tokens;
  private final Clock clock;

  public CheckInCodes(byte[] key, Clock clock) {
    this.tokens = new SignedTokens(TYPE, key);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A code for the pass whose revocation entry is {@code entry}, valid now. Times are kept to the
   * millisecond (JWT's own claims are whole seconds).
   */
  public CheckInCode issue(String entry, VenueVerdict pass) {
    if (!pass.valid()) {
      throw new IllegalArgumentException("a check-in code is only made for a valid pass");
    }
    var expires = clock.instant().plus(LIFETIME);
    var claims =
        new JWTClaimsSet.Builder()
            .subject(entry)
            .claim(UNTIL, expires.toEpochMilli())
            .claim(REASON, pass.reason())
            .claim(NAME, pass.maskedName())
            .claim(BIRTH_DATE, pass.maskedBirthDate());
    if (pass.validUntil() != null) {
      claims.claim(PASS_UNTIL, pass.validUntil().toEpochMilli());
    }
    return new CheckInCode(tokens.sign(claims.build()), expires);
  }

  /** Valid from issue until 30 seconds later, exclusive; then as the pass itself stands now. */
  public CheckInVerdict check(String code, RevocationList revocations) {
    var claims = tokens.read(code);
    if (claims.isEmpty()) {
      return CheckInVerdict.refused(CheckInVerdict.CODE_INVALID);
    }
    try {
      return judge(claims.get(), revocations, clock.instant());
    } catch (ParseException | RuntimeException e) {
      return CheckInVerdict.refused(CheckInVerdict.CODE_INVALID);
    }
  }

  private static CheckInVerdict judge(JWTClaimsSet claims, RevocationList revocations, Instant now)
      throws ParseException {
    var until = Instant.ofEpochMilli(claims.getLongClaim(UNTIL));
    if (!now.isBefore(until)) {
      return CheckInVerdict.refused(CheckInVerdict.CODE_EXPIRED);
    }
    if (revocations.hashes().contains(claims.getSubject())) {
      return CheckInVerdict.refused("REVOKED");
    }
    var passUntil = claims.getLongClaim(PASS_UNTIL);
    var passEnds = passUntil == null ? null : Instant.ofEpochMilli(passUntil);
    if (passEnds != null && !now.isBefore(passEnds)) {
      return CheckInVerdict.refused("EXPIRED");
    }
    return new CheckInVerdict(
        true,
        claims.getStringClaim(REASON),
        passEnds,
        claims.getStringClaim(NAME),
        claims.getStringClaim(BIRTH_DATE));
  }
}
