package org.vaxline.waitingroom.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.Date;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.platform.control.SecretKeys;
import org.vaxline.platform.control.SignedTokens;
import org.vaxline.waitingroom.entity.Ticket;

/**
 * Queue tickets as signed tokens (JWS, HMAC-SHA-256 under {@code vaxline.queue.key}, shared by all
 * nodes). A ticket is only ever good for the campaign it names.
 */
@ApplicationScoped
public class Tickets {

  private static final String TYPE = "vaxline-ticket+jwt";

  @Inject
  @ConfigProperty(name = "vaxline.queue.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private SignedTokens tokens;
  private byte[] key;

  public Tickets() {}

  /** For tests. */
  public Tickets(byte[] key) {
    use(key);
  }

  @PostConstruct
  void load() {
    SecretKeys.configuredOrDemo("vaxline.queue.key", configuredKey, demo).ifPresent(this::use);
  }

  private void use(byte[] key) {
    this.key = key.clone();
    this.tokens = new SignedTokens(TYPE, key);
  }

  /**
   * A key for another use, derived from the queue key (the pre-queue draw, the join puzzles): the
   * same on every node, unpredictable without the queue key.
   */
  public byte[] derivedKey(String purpose) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(required(key), "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
    }
  }

  public String sign(Ticket ticket) {
    return tokens()
        .sign(
            new JWTClaimsSet.Builder()
                .jwtID(ticket.id())
                .subject(Long.toString(ticket.campaign()))
                .claim("pre", ticket.preQueue())
                .claim("seq", ticket.seq())
                .issueTime(Date.from(ticket.issuedAt()))
                .build());
  }

  /** The ticket a token carries, if it is intact and for this campaign. */
  public Optional<Ticket> read(String token, long campaign) {
    return tokens()
        .read(token)
        .flatMap(claims -> ticket(claims))
        .filter(t -> t.campaign() == campaign);
  }

  private static Optional<Ticket> ticket(JWTClaimsSet claims) {
    try {
      return Optional.of(
          new Ticket(
              claims.getJWTID(),
              Long.parseLong(claims.getSubject()),
              claims.getBooleanClaim("pre"),
              claims.getLongClaim("seq"),
              claims.getIssueTime().toInstant()));
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private SignedTokens tokens() {
    required(key);
    return tokens;
  }

  private static byte[] required(byte[] key) {
    if (key == null) {
      throw new IllegalStateException("vaxline.queue.key is not configured");
    }
    return key;
  }
}
