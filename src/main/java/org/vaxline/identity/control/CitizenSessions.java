package org.vaxline.identity.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.identity.entity.CitizenSession;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.platform.control.SecretKeys;
import org.vaxline.platform.control.SignedTokens;

/**
 * Issues and checks the session of a verified citizen: a JWS (HMAC-SHA-256) in an HttpOnly,
 * SameSite=Strict cookie, Secure when the request came over TLS. The key is shared by every node
 * through configuration ({@code vaxline.session.key}), so any node accepts any node's session with
 * no shared state; a session cannot be revoked early, which is why it lives only 20 minutes.
 */
@ApplicationScoped
public class CitizenSessions {

  public static final String COOKIE = "vaxline_session";
  public static final Duration LIFETIME = Duration.ofMinutes(20);
  private static final String TYPE = "vaxline-session+jwt";
  private static final String ACTING_FOR = "act";

  @Inject Clock clock;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "vaxline.session.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private SignedTokens tokens;

  public CitizenSessions() {}

  /** For tests. */
  public CitizenSessions(Clock clock, byte[] key) {
    this.clock = clock;
    this.tokens = new SignedTokens(TYPE, key);
  }

  @PostConstruct
  void load() {
    tokens =
        SecretKeys.configuredOrDemo("vaxline.session.key", configuredKey, demo)
            .map(key -> new SignedTokens(TYPE, key))
            .orElse(null);
  }

  public CitizenSession open(long holder) {
    var now = clock.instant();
    return new CitizenSession(
        UUID.randomUUID().toString(), holder, Set.of(), now, now.plus(LIFETIME));
  }

  public String sign(CitizenSession session) {
    return tokens()
        .sign(
            new JWTClaimsSet.Builder()
                .jwtID(session.id())
                .subject(Long.toString(session.holder()))
                .claim(
                    ACTING_FOR, session.actingFor().stream().map(String::valueOf).sorted().toList())
                .issueTime(Date.from(session.issuedAt()))
                .expirationTime(Date.from(session.expiresAt()))
                .build());
  }

  /** The session a token carries, if it is ours, intact and unexpired at the clock's now. */
  public Optional<CitizenSession> read(String token) {
    return tokens().read(token).flatMap(this::session);
  }

  private Optional<CitizenSession> session(JWTClaimsSet claims) {
    try {
      var expires = claims.getExpirationTime().toInstant();
      if (!clock.instant().isBefore(expires)) {
        return Optional.empty();
      }
      Set<Long> actingFor = new HashSet<>();
      for (var ref : Optional.ofNullable(claims.getStringListClaim(ACTING_FOR)).orElse(List.of())) {
        actingFor.add(Long.parseLong(ref));
      }
      return Optional.of(
          new CitizenSession(
              claims.getJWTID(),
              Long.parseLong(claims.getSubject()),
              actingFor,
              claims.getIssueTime().toInstant(),
              expires));
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public CitizenSession require(String token) {
    return read(token).orElseThrow(SessionRequired::new);
  }

  /**
   * The resident a request acts for: the holder when {@code ref} is absent, else someone who
   * confirmed in this session that the holder may act for them. Anything else is refused and the
   * attempt is audited with requester and subject.
   */
  public long actingFor(CitizenSession session, String ref) {
    if (ref == null) {
      return session.holder();
    }
    var resident = Long.parseLong(ref);
    if (!session.mayActFor(resident)) {
      audit.recordRefusal(
          "resident:" + session.holder(),
          "proxy.refused",
          "resident:" + resident,
          "no confirmation from this person in session " + session.id());
      throw new NotRepresented();
    }
    return resident;
  }

  /** TLS ends at the agency's proxy, which says so in X-Forwarded-Proto. */
  public NewCookie cookie(CitizenSession session, boolean secure) {
    var maxAge = Duration.between(clock.instant(), session.expiresAt()).toSeconds();
    return cookie(sign(session), (int) Math.max(0, maxAge), secure);
  }

  /** A cookie that makes the browser forget the session. */
  public NewCookie cleared(boolean secure) {
    return cookie("", 0, secure);
  }

  private static NewCookie cookie(String value, int maxAge, boolean secure) {
    return new NewCookie.Builder(COOKIE)
        .value(value)
        .path("/api")
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }

  private SignedTokens tokens() {
    if (tokens == null) {
      throw new IllegalStateException("vaxline.session.key is not configured");
    }
    return tokens;
  }
}
