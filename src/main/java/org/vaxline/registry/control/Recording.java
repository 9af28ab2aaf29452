package org.vaxline.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.vaxline.booking.control.Attendance;
import org.vaxline.booking.control.Attendance.Visit;
import org.vaxline.clinic.control.DoseStock;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.platform.control.Constraints;
import org.vaxline.registry.entity.DoseRecord;
import org.vaxline.registry.entity.RecoveryRecord;
import org.vaxline.registry.entity.TestRecord;
import org.vaxline.vaccine.control.VaccineProducts;

/**
 * Writes the registry. A dose is recorded in one transaction with what it changes elsewhere: the
 * person's booking of that dose settled (booking feature), one dose out of the clinic's stock
 * (clinic feature) and the audit entry; so a dose is never in the registry without its stock
 * movement, nor a booking GIVEN without its dose. The unique keys of db/V9 refuse a second record
 * of the same dose, test or recovery, whichever node it reached.
 */
@ApplicationScoped
public class Recording {

  @PersistenceContext EntityManager em;
  @Inject Recording self;
  @Inject Attendance attendance;
  @Inject DoseStock stock;
  @Inject VaccineProducts vaccines;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A dose recorded, and what it did to the person's booking of it, if they had one. */
  public record RecordedDose(long id, GivenDose dose, Optional<Visit> booking) {}

  public RecordedDose dose(GivenDose dose, String actor) {
    var recorded = self.write(dose, actor);
    recorded.booking().ifPresent(attendance::settled);
    return recorded;
  }

  @Transactional
  public RecordedDose write(GivenDose dose, String actor) {
    var now = clock.instant();
    dose.requireGiven(now);
    if (vaccines.schedule(dose.product()).isEmpty()) {
      throw RecordRejected.unknownProduct(dose.product());
    }
    requireSeriesInOrder(dose);
    var record =
        new DoseRecord(
            dose.person(),
            dose.product(),
            dose.lot(),
            dose.dose(),
            dose.givenAt(),
            dose.clinic(),
            now,
            actor);
    persist(record, () -> RecordRejected.doseRecorded(dose.dose()));
    var visit = attendance.given(dose.person(), dose.dose(), dose.clinic());
    stock.administered(dose.clinic(), dose.product(), actor);
    audit.record(
        "staff:" + actor,
        "registry.dose",
        "resident:" + dose.person(),
        "dose %d %s lot %s at clinic:%d%s"
            .formatted(
                dose.dose(),
                dose.product(),
                dose.lot(),
                dose.clinic(),
                visit
                    .map(v -> "; booking " + v.confirmation() + " " + v.outcome().name())
                    .orElse("")));
    return new RecordedDose(record.id(), dose, visit);
  }

  @Transactional
  public long test(TestReport report, String actor) {
    report.requireNotified(clock.instant());
    var record =
        new TestRecord(
            report.person(),
            report.kind(),
            report.outcome(),
            report.sampledAt(),
            report.notifiedAt(),
            report.clinic(),
            clock.instant(),
            actor);
    persist(record, RecordRejected::testRecorded);
    audit.record(
        "staff:" + actor,
        "registry.test",
        "resident:" + report.person(),
        "%s %s at clinic:%d".formatted(report.kind(), report.outcome(), report.clinic()));
    return record.id();
  }

  @Transactional
  public long recovery(IsolationRelease release, String actor) {
    release.requireReleased(clock.instant());
    var record =
        new RecoveryRecord(
            release.person(),
            release.firstPositive(),
            release.released(),
            release.clinic(),
            clock.instant(),
            actor);
    persist(record, RecordRejected::recoveryRecorded);
    audit.record(
        "staff:" + actor,
        "registry.recovery",
        "resident:" + release.person(),
        "released %s at clinic:%d".formatted(release.released(), release.clinic()));
    return record.id();
  }

  /**
   * Dose n follows dose n-1, given before it: a history with a gap or out of order would make the
   * pass rules count a series that was never given.
   */
  private void requireSeriesInOrder(GivenDose dose) {
    if (dose.dose() == 1) {
      return;
    }
    var previous =
        em.createQuery(
                "select d from DoseRecord d where d.person = :person and d.dose = :dose",
                DoseRecord.class)
            .setParameter("person", dose.person())
            .setParameter("dose", dose.dose() - 1)
            .getResultStream()
            .findFirst();
    if (previous.isEmpty()) {
      throw RecordRejected.invalid(
          "dose " + dose.dose() + " needs dose " + (dose.dose() - 1) + " recorded first");
    }
    if (!previous.get().givenAt().isBefore(dose.givenAt())) {
      throw RecordRejected.invalid(
          "dose " + dose.dose() + " must be given after dose " + (dose.dose() - 1));
    }
  }

  /** Writes now, so a duplicate is refused here, by its own name. */
  private void persist(Object record, Supplier<RecordRejected> duplicate) {
    try {
      em.persist(record);
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw duplicate.get();
      }
      throw e;
    }
  }
}
