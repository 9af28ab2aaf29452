package org.vaxline.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import org.vaxline.sms.control.SmsSeal.Column;
import org.vaxline.sms.entity.SmsStatus;
import org.vaxline.sms.entity.SmsText;

/**
 * Writes messages to the {@code sms_outbox} table, sealed, in the caller's transaction, and nudges
 * this node's relay once that transaction has committed.
 */
@ApplicationScoped
public class OutboxSmsGateway implements SmsGateway {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SmsSeal seal;
  @Inject SmsProviders providers;
  @Inject Event<OutboxWritten> written;

  private record Row(String phone, SmsText text, SmsStatus status, String reference) {}

  @Override
  @Transactional(TxType.MANDATORY)
  public void send(String phone, String body, String reference) {
    insert(List.of(new Row(phone, SmsText.plain(body), SmsStatus.PENDING, reference)));
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void sendAll(List<Text> texts) {
    insert(
        texts.stream()
            .map(t -> new Row(t.phone(), SmsText.plain(t.body()), SmsStatus.PENDING, t.reference()))
            .toList());
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void sendCode(String phone, String template, String code, String reference) {
    insert(List.of(new Row(phone, new SmsText(template, code), SmsStatus.PENDING, reference)));
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void withholdCode(String template, String code, String reference) {
    insert(List.of(new Row("", new SmsText(template, code), SmsStatus.DECOY, reference)));
  }

  @Override
  public String provider() {
    return providers.name();
  }

  /**
   * One insert for all of them: the entity's identity key would cost two round trips a message (the
   * insert, then {@code lastval()}), the better part of a batch of bookings' database work.
   */
  private void insert(List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    var insert =
        em.createNativeQuery(
            "insert into sms_outbox (sealed_phone, sealed_text, sealed_code, status, reference,"
                + " created_at, next_attempt_at) values "
                + String.join(
                    ",", Collections.nCopies(rows.size(), "(?,?,cast(? as bytea),?,?,?,?)")));
    var now = Timestamp.from(clock.instant());
    int parameter = 1;
    for (var row : rows) {
      var code = row.text().code();
      insert.setParameter(parameter++, seal.seal(Column.PHONE, row.phone()));
      insert.setParameter(parameter++, seal.seal(Column.TEXT, row.text().template()));
      insert.setParameter(parameter++, code == null ? null : seal.seal(Column.CODE, code));
      insert.setParameter(parameter++, row.status().name());
      insert.setParameter(parameter++, row.reference());
      insert.setParameter(parameter++, now);
      insert.setParameter(parameter++, now);
    }
    insert.executeUpdate();
    written.fire(new OutboxWritten(rows.size()));
  }
}
