package org.vaxline.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.vaxline.clinic.control.ClinicDirectory;
import org.vaxline.identity.control.People;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.TestTaken;
import org.vaxline.pass.verifier.HealthHistory;
import org.vaxline.pass.verifier.TestResult;
import org.vaxline.registry.entity.Dose;
import org.vaxline.registry.entity.DoseRecord;
import org.vaxline.registry.entity.Holder;
import org.vaxline.registry.entity.RecoveryRecord;
import org.vaxline.registry.entity.Romanization;
import org.vaxline.registry.entity.TestRecord;
import org.vaxline.vaccine.control.VaccineProducts;

/**
 * The registry feature's public read service, for the vaccine pass: a person's health history as
 * the pass rules read it, their doses and negative test results as the issuer writes them, and the
 * holder's name and birth date. Exemption certificates (접종 예외확인서) are not recorded by clinics, so a
 * history has none.
 */
@ApplicationScoped
public class Registry {

  @PersistenceContext EntityManager em;
  @Inject People people;
  @Inject VaccineProducts vaccines;
  @Inject ClinicDirectory clinics;

  @Transactional
  public HealthHistory historyOf(long personId) {
    requirePerson(personId);
    return new HealthHistory(
        people.facts(personId).birthDate(),
        dosesOf(personId).stream().map(Dose::vaccination).toList(),
        em.createQuery("select t from TestRecord t where t.person = :person", TestRecord.class)
            .setParameter("person", personId)
            .getResultStream()
            .map(TestRecord::result)
            .toList(),
        em.createQuery(
                "select r from RecoveryRecord r where r.person = :person"
                    + " order by r.released desc, r.firstPositive desc",
                RecoveryRecord.class)
            .setParameter("person", personId)
            .getResultStream()
            .map(RecoveryRecord::recovery)
            .toList(),
        List.of());
  }

  /** The person's doses as a pass's vaccination entries, in the order given. */
  @Transactional
  public List<DoseGiven> vaccinationsOf(long personId) {
    requirePerson(personId);
    return dosesOf(personId).stream().map(Dose::given).toList();
  }

  /**
   * The person's negative test results as a pass's test entries, the latest sampled first, so that
   * of two equally good the pass states the same one on every fetch. A positive result is never put
   * in a pass: it proves nothing to a venue and would show anyone who reads the QR code that its
   * holder was infected; a recovery is stated from the release from isolation instead.
   */
  @Transactional
  public List<TestTaken> negativeTestsOf(long personId) {
    requirePerson(personId);
    return em.createQuery(
            "select t from TestRecord t where t.person = :person and t.outcome = :negative"
                + " order by t.sampledAt desc",
            TestRecord.class)
        .setParameter("person", personId)
        .setParameter("negative", TestResult.Outcome.NEGATIVE)
        .getResultStream()
        .map(test -> test.stated(centreOf(test.clinic())))
        .toList();
  }

  /** The holder's name as registered and romanised, and birth date. */
  @Transactional
  public Holder holderOf(long personId) {
    requirePerson(personId);
    return new Holder(Romanization.of(people.name(personId)), people.facts(personId).birthDate());
  }

  /**
   * Every dose recorded, numbered in the series that the person's first dose began (Janssen one
   * dose, the others two), whatever product completed it.
   */
  @Transactional
  public List<Dose> dosesOf(long personId) {
    var records =
        em.createQuery(
                "select d from DoseRecord d where d.person = :person order by d.dose",
                DoseRecord.class)
            .setParameter("person", personId)
            .getResultList();
    if (records.isEmpty()) {
      return List.of();
    }
    var primaryDoses = vaccines.schedule(records.get(0).product()).orElseThrow().primaryDoses();
    return records.stream()
        .map(
            record -> record.stated(vaccines.euCodes(record.product()).orElseThrow(), primaryDoses))
        .toList();
  }

  /**
   * The testing centre as a pass names it: the clinic's name, or its code when the name is over the
   * 80 characters the DCC schema allows {@code tc}; none if the clinic is gone.
   */
  private String centreOf(long clinic) {
    return clinics
        .byId(clinic)
        .map(
            place ->
                place.name().codePointCount(0, place.name().length()) <= 80
                    ? place.name()
                    : place.code())
        .orElse(null);
  }

  private void requirePerson(long personId) {
    if (!people.exists(personId)) {
      throw RecordRejected.personNotFound();
    }
  }
}
