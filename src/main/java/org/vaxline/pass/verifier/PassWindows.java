package org.vaxline.pass.verifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The windows a history's records count for under a set of rules; non-qualifying ones give none.
 */
final class PassWindows {

  private final PassRules rules;
  private final HealthHistory history;
  private final List<PassWindow> windows = new ArrayList<>();

  private PassWindows(PassRules rules, HealthHistory history) {
    this.rules = rules;
    this.history = history;
  }

  static List<PassWindow> of(PassRules rules, HealthHistory history) {
    return new PassWindows(rules, history).all();
  }

  private List<PassWindow> all() {
    var seriesCompleted = firstPrimarySeriesCompletion();
    history.vaccinations().forEach(dose -> addVaccination(dose, seriesCompleted));
    history.tests().forEach(this::addTest);
    history.recoveries().forEach(recovery -> addRecovery(recovery, seriesCompleted));
    history.exemptions().forEach(this::addExemption);
    addUnderAge();
    return List.copyOf(windows);
  }

  /** The day the earliest recognised dose completing a primary series was given. */
  private Optional<LocalDate> firstPrimarySeriesCompletion() {
    return history.vaccinations().stream()
        .filter(dose -> isRecognised(dose) && completesPrimarySeries(dose))
        .map(Vaccination::date)
        .min(Comparator.naturalOrder());
  }

  /**
   * A booster counts from 00:00 of its day with no expiry (3차 접종 "접종 당일부터", 중대본 2021-12-16). A dose
   * given on a later day than a completed series is a booster too, whatever its numbers say. The
   * series counts 14 days after its last dose through 180 days after it, and no series expired
   * before the 180-day rule came into force.
   */
  private void addVaccination(Vaccination dose, Optional<LocalDate> seriesCompleted) {
    if (!isRecognised(dose)) {
      return;
    }
    var primaryDoses = rules.primaryDosesOf(dose.product()).getAsInt();
    if (dose.isBoosterOf(primaryDoses)
        || seriesCompleted.filter(dose.date()::isAfter).isPresent()) {
      add(PassReason.BOOSTED, rules.startOf(dose.date()), null);
    } else if (dose.completesPrimarySeriesOf(primaryDoses)) {
      var expires = rules.endOf(dose.date().plus(rules.primarySeriesLastValidDay()));
      var enforced = rules.startOf(rules.primarySeriesExpiryEnforcedFrom());
      add(
          PassReason.PRIMARY_SERIES_COMPLETE,
          rules.startOf(dose.date().plus(rules.primarySeriesValidFrom())),
          expires.isAfter(enforced) ? expires : enforced);
    }
  }

  /**
   * A negative result counts until midnight of the day on which its span from notification ends.
   */
  private void addTest(TestResult test) {
    var rule = rules.negativeTests().get(test.kind());
    var from = test.countsFrom();
    if (test.outcome() != TestResult.Outcome.NEGATIVE
        || rule == null
        || (rule.acceptedFrom() != null && rules.dayOf(from).isBefore(rule.acceptedFrom()))) {
      return;
    }
    var reason =
        test.kind() == TestResult.Kind.PCR
            ? PassReason.NEGATIVE_PCR
            : PassReason.NEGATIVE_RAPID_ANTIGEN;
    add(reason, from, rules.endOf(rules.dayOf(from.plus(rule.countsFor()))));
  }

  /**
   * The release counts 180 days, never beyond the certificate's own end. With a completed series a
   * recovery also removes the expiry, from the later of release and the series' 14-day mark ("코로나19
   * 감염력이 있는 2차접종 완료자는 접종 후 14일이 지나면 별도 유효기간 없이", 질병관리청 2022-01-02 in 뉴스웨이; the order of the two,
   * 방대본 2022-02-16).
   */
  private void addRecovery(Recovery recovery, Optional<LocalDate> seriesCompleted) {
    var released = rules.startOf(recovery.released());
    var expires = rules.endOf(recovery.released().plus(rules.recoveryLastValidDay()));
    var certificateEnds =
        recovery.certificateValidUntil() == null
            ? expires
            : rules.endOf(recovery.certificateValidUntil());
    add(
        PassReason.RECOVERED,
        released,
        expires.isBefore(certificateEnds) ? expires : certificateEnds);
    seriesCompleted.ifPresent(
        completed -> {
          var counts = rules.startOf(completed.plus(rules.primarySeriesValidFrom()));
          add(
              PassReason.RECOVERED_WITH_PRIMARY_SERIES,
              counts.isAfter(released) ? counts : released,
              null);
        });
  }

  private void addExemption(Exemption exemption) {
    add(
        PassReason.MEDICAL_EXEMPTION,
        rules.startOf(exemption.validFrom()),
        exemption.validUntil() == null ? null : rules.endOf(exemption.validUntil()));
  }

  private void addUnderAge() {
    var born = history.birthDate();
    if (born != null && !born.isBefore(rules.underAgeBornOnOrAfter())) {
      add(PassReason.UNDER_AGE_EXEMPT, rules.startOf(born), null);
    }
  }

  private boolean isRecognised(Vaccination dose) {
    return rules.primaryDosesOf(dose.product()).isPresent();
  }

  private boolean completesPrimarySeries(Vaccination dose) {
    return dose.completesPrimarySeriesOf(rules.primaryDosesOf(dose.product()).getAsInt());
  }

  private void add(PassReason reason, Instant from, Instant until) {
    windows.add(new PassWindow(reason, from, until));
  }
}
