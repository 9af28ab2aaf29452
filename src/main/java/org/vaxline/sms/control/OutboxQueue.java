package org.vaxline.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vaxline.sms.control.SmsSeal.Column;
import org.vaxline.sms.entity.Delivery;
import org.vaxline.sms.entity.Outgoing;
import org.vaxline.sms.entity.RetryPolicy;
import org.vaxline.sms.entity.SmsMessage;
import org.vaxline.sms.entity.SmsStatus;
import org.vaxline.sms.entity.SmsText;

/**
 * The relay's steps on the outbox, each its own short transaction that ends before any provider is
 * called: claim due rows, record an outcome, erase what V5 kept in clear.
 */
@ApplicationScoped
public class OutboxQueue {

  /** Who refused a message that never reached a provider. */
  static final String RELAY = "relay";

  @PersistenceContext EntityManager em;
  @Inject SmsSeal seal;

  /** What one claim took: the messages to send now, and how many rows it looked at. */
  public record Claimed(List<Outgoing> toSend, int taken) {}

  /**
   * Takes up to {@code limit} due rows for this node until {@code leaseUntil}. SKIP LOCKED lets two
   * nodes claim at once without waiting on each other, and the lease keeps a claimed row from the
   * other nodes after this transaction commits. Decoys among them are withheld here and now.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Claimed claim(int limit, Instant now, Instant leaseUntil) {
    @SuppressWarnings("unchecked")
    var due =
        (List<SmsMessage>)
            em.createNativeQuery(
                    "select * from sms_outbox where status in ('PENDING', 'DECOY')"
                        + " and next_attempt_at <= ? order by next_attempt_at limit ?"
                        + " for update skip locked",
                    SmsMessage.class)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
    var toSend = new ArrayList<Outgoing>();
    for (var message : due) {
      if (message.isDecoy()) {
        message.withheld();
      } else {
        message.claim(leaseUntil);
        unsealed(message, now).ifPresent(toSend::add);
      }
    }
    return new Claimed(toSend, due.size());
  }

  /** Records the provider's answer; returns where the message now stands. */
  @Transactional(TxType.REQUIRES_NEW)
  public SmsStatus record(
      long id, String provider, Delivery delivery, Instant at, RetryPolicy retries) {
    return em.find(SmsMessage.class, id).record(provider, delivery, at, retries);
  }

  /** Gives back claimed rows this node will not send before its lease ends; not an attempt. */
  @Transactional(TxType.REQUIRES_NEW)
  public void release(List<Long> ids, Instant now) {
    em.createQuery(
            "update SmsMessage m set m.attempts = m.attempts - 1, m.nextAttemptAt = :now"
                + " where m.id in :ids")
        .setParameter("now", now)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /**
   * Rows that still hold V5's clear phone and body (written before V12, or by a node of the
   * previous version during a rolling upgrade) lose both. They were delivered to the development
   * outbox, the only provider there was, and are marked so (db/V12).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int eraseClear() {
    return em.createNativeQuery(
            "update sms_outbox set phone = null, body = null, status = 'DELIVERED',"
                + " provider = ?, sent_at = coalesce(sent_at, created_at), sealed_code = null"
                + " where body is not null or phone is not null")
        .setParameter(1, DevelopmentProvider.NAME)
        .executeUpdate();
  }

  /**
   * The message as the phone gets it, or empty (and the message failed for good) when it cannot be
   * unsealed: sealed under another key, which no retry mends.
   */
  private Optional<Outgoing> unsealed(SmsMessage message, Instant now) {
    try {
      var code = message.sealedCode();
      var text =
          new SmsText(
              seal.unseal(Column.TEXT, message.sealedText()),
              code == null ? null : seal.unseal(Column.CODE, code));
      return Optional.of(
          new Outgoing(
              message.id(), seal.unseal(Column.PHONE, message.sealedPhone()), text.toSend()));
    } catch (IllegalStateException e) {
      message.record(RELAY, new Delivery.Refused(e.getMessage(), true), now, null);
      return Optional.empty();
    }
  }
}
