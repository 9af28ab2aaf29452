package org.vaxline.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.identity.entity.CitizenSession;
import org.vaxline.platform.control.AuditLog;

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
  private static final JOSEObjectType TYPE = new JOSEObjectType("vaxline-session+jwt");
  private static final String ACTING_FOR = "act";
  private static final Logger LOG = Logger.getLogger(CitizenSessions.class.getName());

  @Inject Clock clock;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "vaxline.session.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private byte[] key;

  public CitizenSessions() {}

  /** For tests. */
  public CitizenSessions(Clock clock, byte[] key) {
    this.clock = clock;
    this.key = key.clone();
  }

  @PostConstruct
  void load() {
    if (configuredKey.isPresent()) {
      key = Base64.getDecoder().decode(configuredKey.get().strip());
    } else if (demo) {
      LOG.warning(
          "DEMO session key in use: vaxline.session.key is not set, so anyone who reads the"
              + " source can forge a citizen session");
      key = demoKey();
    }
    if (key != null && key.length < 32) {
      throw new IllegalStateException("vaxline.session.key must be at least 32 bytes, base64");
    }
  }

  public CitizenSession open(long holder) {
    var now = clock.instant();
    return new CitizenSession(
        UUID.randomUUID().toString(), holder, Set.of(), now, now.plus(LIFETIME));
  }

  public String sign(CitizenSession session) {
    var claims =
        new JWTClaimsSet.Builder()
            .jwtID(session.id())
            .subject(Long.toString(session.holder()))
            .claim(ACTING_FOR, session.actingFor().stream().map(String::valueOf).sorted().toList())
            .issueTime(Date.from(session.issuedAt()))
            .expirationTime(Date.from(session.expiresAt()))
            .build();
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
    try {
      jwt.sign(new MACSigner(requiredKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("a session could not be signed", e);
    }
    return jwt.serialize();
  }

  /** The session a token carries, if it is ours, intact and unexpired at the clock's now. */
  public Optional<CitizenSession> read(String token) {
    if (token == null || token.isBlank() || token.length() > 4096) {
      return Optional.empty();
    }
    try {
      var jwt = SignedJWT.parse(token);
      var header = jwt.getHeader();
      if (!JWSAlgorithm.HS256.equals(header.getAlgorithm())
          || !TYPE.equals(header.getType())
          || !jwt.verify(new MACVerifier(requiredKey()))) {
        return Optional.empty();
      }
      var claims = jwt.getJWTClaimsSet();
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
    } catch (ParseException | JOSEException | RuntimeException e) {
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
  public static boolean overTls(HttpServletRequest request) {
    return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }

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

  private byte[] requiredKey() {
    if (key == null) {
      throw new IllegalStateException("vaxline.session.key is not configured");
    }
    return key;
  }

  private static byte[] demoKey() {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest("vaxline-demo-session".getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
