package org.vaxline.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.vaxline.sms.control.SmsSeal.Column;
import org.vaxline.sms.entity.SmsMessage;
import org.vaxline.sms.entity.SmsMessage.OutboxView;
import org.vaxline.sms.entity.SmsText;

/**
 * The outbox as operators read it: the phone masked to its last four digits, the words with the
 * code masked (a live code is never unsealed for anyone but the phone), and where each message is.
 */
@ApplicationScoped
public class OutboxLog {

  static final int PAGE_SIZE = 100;

  @PersistenceContext EntityManager em;
  @Inject SmsSeal seal;

  /** Newest first, optionally only those about one challenge. */
  public List<OutboxView> recent(String reference, long before) {
    return em.createQuery(
            "select m from SmsMessage m where (:reference is null or m.reference = :reference)"
                + " and m.id < :before order by m.id desc",
            SmsMessage.class)
        .setParameter("reference", reference)
        .setParameter("before", before)
        .setMaxResults(PAGE_SIZE)
        .getResultStream()
        .map(this::view)
        .toList();
  }

  private OutboxView view(SmsMessage message) {
    if (message.sealedText() == null) {
      // Erased with V5's clear columns (db/V12): nothing of it is kept.
      return message.view("", "");
    }
    var phone = seal.unseal(Column.PHONE, message.sealedPhone()).replaceAll("\\D", "");
    var text = new SmsText(seal.unseal(Column.TEXT, message.sealedText()), null);
    return message.view(
        "***-****-" + phone.substring(Math.max(0, phone.length() - 4)), text.masked());
  }
}
