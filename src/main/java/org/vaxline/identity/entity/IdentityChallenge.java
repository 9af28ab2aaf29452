package org.vaxline.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-time code sent to a phone, as its hash. It lives {@link #LIFETIME} from the moment it was
 * sent (the instant it expires is already refused), accepts {@link #MAX_ATTEMPTS} guesses and can
 * be confirmed once. A challenge whose number matched nobody ({@code subjectId == null}) runs the
 * same steps and can never succeed, so answers never tell whether a person exists.
 */
@Entity
@Table(name = "identity_challenge")
public class IdentityChallenge {

  public static final Duration LIFETIME = Duration.ofMinutes(3);
  public static final int MAX_ATTEMPTS = 5;

  @Id String id;

  @Enumerated(EnumType.STRING)
  ChallengePurpose purpose;

  @Column(name = "subject_hash")
  byte[] subjectHash;

  @Column(name = "subject_id")
  Long subjectId;

  @Column(name = "requester_id")
  Long requesterId;

  @Column(name = "client_hash")
  byte[] clientHash;

  @Column(name = "code_hash")
  byte[] codeHash;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "expires_at")
  Instant expiresAt;

  int attempts;

  @Column(name = "confirmed_at")
  Instant confirmedAt;

  protected IdentityChallenge() {}

  public IdentityChallenge(
      String id,
      ChallengePurpose purpose,
      byte[] subjectHash,
      Long subjectId,
      Long requesterId,
      byte[] clientHash,
      byte[] codeHash,
      Instant sentAt) {
    this.id = id;
    this.purpose = purpose;
    this.subjectHash = subjectHash.clone();
    this.subjectId = subjectId;
    this.requesterId = requesterId;
    this.clientHash = clientHash.clone();
    this.codeHash = codeHash.clone();
    this.createdAt = sentAt;
    this.expiresAt = sentAt.plus(LIFETIME);
  }

  /** One guess, counted before it is checked so that no order of requests gets a free guess. */
  public Outcome attempt(byte[] offeredCodeHash, Instant now) {
    if (confirmedAt != null) {
      return Outcome.ALREADY_USED;
    }
    if (!now.isBefore(expiresAt)) {
      return Outcome.EXPIRED;
    }
    if (attempts >= MAX_ATTEMPTS) {
      return Outcome.EXHAUSTED;
    }
    attempts++;
    if (subjectId == null || !MessageDigest.isEqual(codeHash, offeredCodeHash)) {
      return Outcome.WRONG;
    }
    confirmedAt = now;
    return Outcome.CONFIRMED;
  }

  public int attemptsLeft() {
    return MAX_ATTEMPTS - attempts;
  }

  public String id() {
    return id;
  }

  public ChallengePurpose purpose() {
    return purpose;
  }

  public Long subjectId() {
    return subjectId;
  }

  public Long requesterId() {
    return requesterId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public enum Outcome {
    CONFIRMED,
    WRONG,
    EXPIRED,
    EXHAUSTED,
    ALREADY_USED
  }
}
