package org.vaxline.waitingroom.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.vaxline.platform.control.SignedTokens;
import org.vaxline.waitingroom.entity.Admission;
import org.vaxline.waitingroom.entity.Ticket;

/**
 * Admissions as signed tokens (JWS, HMAC-SHA-256, a key of their own derived from the queue key).
 * Pure: the clock decides expiry, exactly at {@code expiresAt}.
 */
public final class AdmissionTokens {

  private static final String TYPE = "vaxline-admission+jwt";

  private final SignedTokens tokens;
  private final Clock clock;

  public AdmissionTokens(byte[] key, Clock clock) {
    this.tokens = new SignedTokens(TYPE, key);
    this.clock = clock;
  }

  public Admission admit(Ticket ticket, String browserCookie) {
    var now = clock.instant();
    return new Admission(
        UUID.randomUUID().toString(),
        ticket.campaign(),
        ticket.id(),
        binding(browserCookie),
        now,
        now.plus(Admission.LIFETIME));
  }

  public String sign(Admission admission) {
    return tokens.sign(
        new JWTClaimsSet.Builder()
            .jwtID(admission.id())
            .subject(Long.toString(admission.campaign()))
            .claim("tkt", admission.ticket())
            .claim("bnd", admission.browser())
            .issueTime(Date.from(admission.issuedAt()))
            .expirationTime(Date.from(admission.expiresAt()))
            .build());
  }

  /** The admission a token carries if it is intact, unexpired, for this campaign and browser. */
  public Optional<Admission> read(String token, long campaign, String browserCookie) {
    return read(token, browserCookie).filter(a -> a.campaign() == campaign);
  }

  /** The admission a token carries if it is intact, unexpired and this browser's. */
  public Optional<Admission> read(String token, String browserCookie) {
    return tokens
        .read(token)
        .flatMap(AdmissionTokens::admission)
        .filter(a -> clock.instant().isBefore(a.expiresAt()))
        .filter(
            a ->
                browserCookie != null
                    && MessageDigest.isEqual(
                        a.browser().getBytes(StandardCharsets.US_ASCII),
                        binding(browserCookie).getBytes(StandardCharsets.US_ASCII)));
  }

  private static Optional<Admission> admission(JWTClaimsSet claims) {
    try {
      return Optional.of(
          new Admission(
              claims.getJWTID(),
              Long.parseLong(claims.getSubject()),
              claims.getStringClaim("tkt"),
              claims.getStringClaim("bnd"),
              claims.getIssueTime().toInstant(),
              claims.getExpirationTime().toInstant()));
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** What the token keeps of the browser's cookie: its digest, never the cookie itself. */
  static String binding(String browserCookie) {
    if (browserCookie == null || browserCookie.isBlank()) {
      throw new IllegalArgumentException("an admission is bound to a browser cookie");
    }
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(browserCookie.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
