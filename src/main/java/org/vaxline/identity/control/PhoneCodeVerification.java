package org.vaxline.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vaxline.identity.entity.ChallengePurpose;
import org.vaxline.identity.entity.IdentityChallenge;
import org.vaxline.identity.entity.ResidentRegistrationNumber;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.sms.control.SmsGateway;
import org.vaxline.sms.entity.SmsText;

/**
 * The development identity provider, real end to end: a 6-digit code to the phone on the register,
 * kept only as a keyed hash, valid three minutes, five guesses, limited per person and per client
 * address. A number and name that match nobody get a decoy challenge that runs the same steps and
 * never confirms, so neither the start nor a wrong code reveals whether the person exists; a decoy
 * is counted against the address (or resident) that asked for it, never against the number's owner.
 */
@ApplicationScoped
public class PhoneCodeVerification implements IdentityProvider {

  private static final String CODE = "identity-code";
  private static final String CLIENT = "client-address";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject IdentityKeys keys;
  @Inject People people;
  @Inject SmsGateway sms;
  @Inject AuditLog audit;
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "vaxline.identity.client-sends-per-hour", defaultValue = "100")
  int clientSendsPerHour;

  private final SecureRandom random = new SecureRandom();

  @Override
  @Transactional
  public Challenge begin(
      ResidentRegistrationNumber number, String name, Long requester, String clientAddress) {
    var subjectHash = keys.hash(number);
    var clientHash = keys.hash(CLIENT, clientAddress);
    var now = clock.instant();
    if (requester != null && people.hasNumber(requester, subjectHash)) {
      throw new RepresentationRefused("You act for yourself already; name someone else.");
    }
    // One number's sends are counted under a lock, so parallel requests cannot slip past the limit.
    em.createNativeQuery("select pg_advisory_xact_lock(?)")
        .setParameter(1, ByteBuffer.wrap(subjectHash).getLong())
        .getSingleResult();
    var subject = people.find(number, name).orElse(null);
    // Only codes really sent count against a person: a decoy (the number with a wrong name) counts
    // against who asked for it, or anyone who knows a number could keep its owner from verifying.
    // Either is one query of the same shape, so a decoy's steps stay those of a real challenge.
    var earlier =
        subject != null ? sentTo(subjectHash) : decoysFor(subjectHash, clientHash, requester);
    limits()
        .refusedUntil(earlier, sends("clientHash", clientHash), now)
        .ifPresent(until -> refuse(Duration.between(now, until)));

    var id = HexFormat.of().formatHex(randomBytes(16));
    var code = "%06d".formatted(random.nextInt(1_000_000));
    var purpose = requester == null ? ChallengePurpose.SELF : ChallengePurpose.PROXY;
    var challenge =
        new IdentityChallenge(
            id,
            purpose,
            subjectHash,
            subject == null ? null : subject.id(),
            requester,
            clientHash,
            keys.hash(CODE, id + ":" + code),
            now);
    em.persist(challenge);
    // A decoy writes the same outbox row by the same statement, one the relay never sends.
    if (subject != null) {
      sms.sendCode(people.phoneOf(subject), message(purpose), code, id);
    } else {
      sms.withholdCode(message(purpose), code, id);
    }
    metrics
        .counter(
            "vaxline_identity_codes",
            new Tag("purpose", purpose.name()),
            new Tag("subject", subject == null ? "unmatched" : "resident"))
        .inc();
    if (requester != null) {
      audit.record(
          "resident:" + requester,
          "proxy.requested",
          subject == null ? "resident:unmatched" : "resident:" + subject.id(),
          "challenge " + id);
    }
    return new Challenge(
        id,
        challenge.expiresAt(),
        IdentityChallenge.MAX_ATTEMPTS,
        sms.provider(),
        demo && subject != null ? code : null);
  }

  /** A wrong guess is counted even though the request fails, hence no rollback for refusals. */
  @Override
  @Transactional(dontRollbackOn = CodeRefused.class)
  public long confirm(String challengeId, String code, Long requester) {
    // Locked, so two guesses sent at once are counted one after the other.
    var challenge = em.find(IdentityChallenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
    if (challenge == null || !Objects.equals(challenge.requesterId(), requester)) {
      throw CodeRefused.unknown();
    }
    var outcome = challenge.attempt(keys.hash(CODE, challengeId + ":" + code), clock.instant());
    metrics.counter("vaxline_identity_code_checks", new Tag("outcome", outcome.name())).inc();
    return switch (outcome) {
      case CONFIRMED -> {
        if (requester != null) {
          audit.record(
              "resident:" + requester,
              "proxy.confirmed",
              "resident:" + challenge.subjectId(),
              "challenge " + challengeId);
        }
        yield challenge.subjectId();
      }
      case WRONG -> throw CodeRefused.wrong(challenge.attemptsLeft());
      case EXPIRED -> throw CodeRefused.expired();
      case EXHAUSTED -> throw CodeRefused.exhausted();
      case ALREADY_USED -> throw CodeRefused.used();
    };
  }

  SendLimits limits() {
    return new SendLimits(Duration.ofSeconds(60), 5, clientSendsPerHour, Duration.ofHours(1));
  }

  /** The codes sent to the person with this number in the window (their name matched). */
  private List<Instant> sentTo(byte[] subjectHash) {
    return em.createQuery(
            "select c.createdAt from IdentityChallenge c where c.subjectHash = :hash"
                + " and c.subjectId is not null and c.createdAt > :since order by c.createdAt",
            Instant.class)
        .setParameter("hash", subjectHash)
        .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
        .getResultList();
  }

  /**
   * The decoys for this number that this client address, or this requesting resident, asked for in
   * the window.
   */
  private List<Instant> decoysFor(byte[] subjectHash, byte[] clientHash, Long requester) {
    return em.createQuery(
            "select c.createdAt from IdentityChallenge c where c.subjectHash = :hash"
                + " and c.subjectId is null and (c.clientHash = :client or c.requesterId = :requester)"
                + " and c.createdAt > :since order by c.createdAt",
            Instant.class)
        .setParameter("hash", subjectHash)
        .setParameter("client", clientHash)
        .setParameter("requester", requester == null ? -1L : requester)
        .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
        .getResultList();
  }

  private List<Instant> sends(String column, byte[] hash) {
    return em.createQuery(
            "select c.createdAt from IdentityChallenge c where c."
                + column
                + " = :hash"
                + " and c.createdAt > :since order by c.createdAt",
            Instant.class)
        .setParameter("hash", hash)
        .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
        .getResultList();
  }

  private static void refuse(Duration wait) {
    throw new SendLimited(wait);
  }

  /** The words, with {@link SmsText#CODE} where the code goes: the outbox keeps them apart. */
  private static String message(ChallengePurpose purpose) {
    return switch (purpose) {
      case SELF -> "[Vaxline] 본인확인 인증번호 [" + SmsText.CODE + "]를 3분 안에 입력하세요. 누구에게도 알려주지 마세요.";
      case PROXY ->
          "[Vaxline] 가족 등이 회원님 대신 접종 예약을 하려고 인증번호를 요청했습니다. 인증번호 ["
              + SmsText.CODE
              + "] (3분). 직접 부탁한 경우에만 알려주세요.";
    };
  }

  private byte[] randomBytes(int count) {
    var bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }
}
