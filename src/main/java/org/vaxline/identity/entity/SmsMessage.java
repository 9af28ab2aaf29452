package org.vaxline.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text message in the development provider's outbox (db/V5 {@code sms_outbox}). */
@Entity
@Table(name = "sms_outbox")
public class SmsMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String phone;
  String body;
  String reference;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "sent_at")
  Instant sentAt;

  protected SmsMessage() {}

  public SmsMessage(String phone, String body, String reference, Instant createdAt) {
    this.phone = phone;
    this.body = body;
    this.reference = reference;
    this.createdAt = createdAt;
  }

  /** As operators see it: the phone masked to its last four digits. */
  public OutboxView view() {
    var digits = phone.replaceAll("\\D", "");
    var masked = "***-****-" + digits.substring(Math.max(0, digits.length() - 4));
    return new OutboxView(id, masked, body, reference, createdAt);
  }

  public record OutboxView(
      long id, String phone, String body, String reference, Instant createdAt) {}
}
