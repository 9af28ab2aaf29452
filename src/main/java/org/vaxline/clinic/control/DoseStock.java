package org.vaxline.clinic.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.vaxline.clinic.entity.DoseLedger;
import org.vaxline.clinic.entity.Shipment;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.vaccine.control.VaccineProducts;

/**
 * A clinic's vaccine stock: an append-only ledger of doses received, administered and wasted
 * (db/V8), summed into a {@link DoseLedger} whenever slots are planned.
 */
@ApplicationScoped
public class DoseStock {

  /** What moved: a shipment in, a dose given, a dose lost. */
  public enum Kind {
    RECEIVED,
    ADMINISTERED,
    WASTED
  }

  @PersistenceContext EntityManager em;
  @Inject VaccineProducts vaccines;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public void record(
      long clinic, Kind kind, String product, int doses, LocalDate usableFrom, String actor) {
    if (vaccines.schedule(product).isEmpty()) {
      throw ScheduleRejected.stock("unknown product " + product);
    }
    if (doses < 1 || doses > 1_000_000) {
      throw ScheduleRejected.stock("doses are 1 to 1,000,000 per entry, not " + doses);
    }
    if ((kind == Kind.RECEIVED) != (usableFrom != null)) {
      throw ScheduleRejected.stock("a shipment, and only a shipment, has a usable-from date");
    }
    // A null usable_from is bound without a type, which PostgreSQL reads as text: the cast says it
    // is a date.
    em.createNativeQuery(
            "insert into dose_movement (clinic_id, product_code, kind, doses, usable_from,"
                + " recorded_at, recorded_by) values (?, ?, ?, ?, cast(? as date), ?, ?)")
        .setParameter(1, clinic)
        .setParameter(2, product)
        .setParameter(3, kind.name())
        .setParameter(4, doses)
        .setParameter(5, usableFrom == null ? null : Date.valueOf(usableFrom))
        .setParameter(6, Timestamp.from(clock.instant()))
        .setParameter(7, actor)
        .executeUpdate();
    audit.record(
        actor,
        "clinic.stock." + kind.name().toLowerCase(),
        "clinic:" + clinic,
        doses + " " + product);
  }

  /**
   * One dose given at the clinic, as the registry records it: in the caller's transaction, so the
   * dose record and its stock movement commit together.
   */
  @Transactional
  public void administered(long clinic, String product, String actor) {
    record(clinic, Kind.ADMINISTERED, product, 1, null, actor);
  }

  @Transactional
  public DoseLedger ledger(long clinic) {
    List<?> rows =
        em.createNativeQuery(
                "select product_code, kind, usable_from, sum(doses) from dose_movement"
                    + " where clinic_id = ? group by product_code, kind, usable_from")
            .setParameter(1, clinic)
            .getResultList();
    var shipments = new ArrayList<Shipment>();
    var administered = new HashMap<String, Integer>();
    var wasted = new HashMap<String, Integer>();
    for (var row : rows) {
      var columns = (Object[]) row;
      var product = (String) columns[0];
      var doses = ((Number) columns[3]).intValue();
      switch (Kind.valueOf((String) columns[1])) {
        case RECEIVED ->
            shipments.add(new Shipment(product, doses, ((Date) columns[2]).toLocalDate()));
        case ADMINISTERED -> administered.merge(product, doses, Integer::sum);
        case WASTED -> wasted.merge(product, doses, Integer::sum);
      }
    }
    return new DoseLedger(clock.instant(), shipments, administered, wasted);
  }
}
