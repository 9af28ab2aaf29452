package org.vaxline.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import org.vaxline.identity.entity.SmsMessage;
import org.vaxline.identity.entity.SmsMessage.OutboxView;

/**
 * The development SMS provider: messages go to the {@code sms_outbox} table instead of a carrier.
 * Every screen that shows them says so.
 */
@ApplicationScoped
public class OutboxSmsGateway implements SmsGateway {

  public static final String PROVIDER = "development-outbox";
  static final int PAGE_SIZE = 100;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  @Transactional(TxType.MANDATORY)
  public void send(String phone, String body, String reference) {
    em.persist(new SmsMessage(phone, body, reference, clock.instant()));
  }

  /**
   * One insert for all of them: the entity's identity key would cost two round trips a message (the
   * insert, then {@code lastval()}), the better part of a batch of bookings' database work.
   */
  @Override
  @Transactional(TxType.MANDATORY)
  public void sendAll(List<Text> texts) {
    if (texts.isEmpty()) {
      return;
    }
    var insert =
        em.createNativeQuery(
            "insert into sms_outbox (phone, body, reference, created_at) values "
                + String.join(",", Collections.nCopies(texts.size(), "(?,?,?,?)")));
    var now = Timestamp.from(clock.instant());
    int parameter = 1;
    for (var text : texts) {
      insert.setParameter(parameter++, text.phone());
      insert.setParameter(parameter++, text.body());
      insert.setParameter(parameter++, text.reference());
      insert.setParameter(parameter++, now);
    }
    insert.executeUpdate();
  }

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
        .map(SmsMessage::view)
        .toList();
  }
}
