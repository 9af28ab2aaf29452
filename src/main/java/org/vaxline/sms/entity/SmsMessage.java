package org.vaxline.sms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A text message in the outbox (db/V5 {@code sms_outbox}, sealed since db/V12). Rows are written
 * with native inserts ({@code OutboxSmsGateway}); the relay reads them here to claim them and to
 * record what the provider answered. Whatever the outcome, a message that leaves the queue for good
 * leaves its code behind.
 */
@Entity
@Table(name = "sms_outbox")
public class SmsMessage {

  private static final int ERROR_LENGTH = 200;

  @Id Long id;

  String reference;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "sealed_phone")
  byte[] sealedPhone;

  @Column(name = "sealed_text")
  byte[] sealedText;

  @Column(name = "sealed_code")
  byte[] sealedCode;

  @Enumerated(EnumType.STRING)
  SmsStatus status;

  int attempts;

  @Column(name = "next_attempt_at")
  Instant nextAttemptAt;

  @Column(name = "sent_at")
  Instant sentAt;

  String provider;

  @Column(name = "provider_message_id")
  String providerMessageId;

  @Column(name = "last_error")
  String lastError;

  protected SmsMessage() {}

  public long id() {
    return id;
  }

  public boolean isDecoy() {
    return status == SmsStatus.DECOY;
  }

  public byte[] sealedPhone() {
    return sealedPhone;
  }

  public byte[] sealedText() {
    return sealedText;
  }

  /** Null when the message carries no code or its code is erased. */
  public byte[] sealedCode() {
    return sealedCode;
  }

  /**
   * Taken by one node until {@code leaseUntil}: no other node takes it before then, and if this
   * node dies while sending, another takes it after (the attempt is counted either way).
   */
  public void claim(Instant leaseUntil) {
    attempts++;
    nextAttemptAt = leaseUntil;
  }

  /** Records what the provider answered, after an attempt that {@link #claim} counted. */
  public SmsStatus record(String by, Delivery delivery, Instant at, RetryPolicy retries) {
    provider = by;
    if (delivery instanceof Delivery.Accepted accepted) {
      status = SmsStatus.DELIVERED;
      sentAt = at;
      providerMessageId = accepted.messageId();
      lastError = null;
      sealedCode = null;
    } else if (delivery instanceof Delivery.Refused refused) {
      var reason = refused.reason();
      lastError = reason.length() > ERROR_LENGTH ? reason.substring(0, ERROR_LENGTH) : reason;
      var retryAt = refused.permanent() ? Optional.<Instant>empty() : retries.retryAt(attempts, at);
      retryAt.ifPresentOrElse(
          next -> nextAttemptAt = next,
          () -> {
            status = SmsStatus.FAILED;
            sealedCode = null;
          });
    }
    return status;
  }

  public int attempts() {
    return attempts;
  }

  /** A decoy's code, never sent, is erased as soon as the relay sees it. */
  public void withheld() {
    status = SmsStatus.WITHHELD;
    sealedCode = null;
  }

  /** As operators see it, given the phone and the text already unsealed (the code masked). */
  public OutboxView view(String maskedPhone, String maskedText) {
    return new OutboxView(
        id,
        maskedPhone,
        maskedText,
        reference,
        status,
        attempts,
        createdAt,
        nextAttemptAt,
        sentAt,
        provider,
        lastError);
  }

  public record OutboxView(
      long id,
      String phone,
      String text,
      String reference,
      SmsStatus status,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant sentAt,
      String provider,
      String lastError) {}
}
