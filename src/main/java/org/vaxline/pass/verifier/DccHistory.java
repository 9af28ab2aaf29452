package org.vaxline.pass.verifier;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What one DCC proves, as the input of {@link PassRules}: its one vaccination, test or recovery
 * entry, and the birth date. An entry the rules cannot read (a test type other than NAAT or rapid
 * antigen, dose numbers out of range) proves nothing, so the pass is refused, never guessed valid.
 */
final class DccHistory {

  /** LOINC codes of the DCC value set covid-19-lab-test-type (DCC schema 1.3.0, {@code tt}). */
  static final String NAAT = "LP6464-4";

  static final String RAPID_ANTIGEN = "LP217198-3";

  private DccHistory() {}

  static HealthHistory of(DccCertificate dcc) {
    var birthDate = earliestBirthDate(dcc.dob());
    try {
      return switch (dcc.type()) {
        case VACCINATION -> {
          var v = dcc.v().get(0);
          yield new HealthHistory(
              birthDate,
              List.of(new Vaccination(v.mp(), v.dn(), v.sd(), v.dt())),
              null,
              null,
              null);
        }
        case TEST -> new HealthHistory(birthDate, null, tests(dcc.t().get(0)), null, null);
        case RECOVERY -> {
          var r = dcc.r().get(0);
          yield new HealthHistory(
              birthDate, null, null, List.of(new Recovery(r.fr(), r.df(), r.du())), null);
        }
      };
    } catch (IllegalArgumentException unreadable) {
      return new HealthHistory(birthDate, null, null, null, null);
    }
  }

  private static List<TestResult> tests(TestEntry t) {
    var kind =
        NAAT.equals(t.tt())
            ? TestResult.Kind.PCR
            : RAPID_ANTIGEN.equals(t.tt()) ? TestResult.Kind.RAPID_ANTIGEN : null;
    if (kind == null) {
      return List.of();
    }
    var outcome = t.negative() ? TestResult.Outcome.NEGATIVE : TestResult.Outcome.POSITIVE;
    return List.of(new TestResult(kind, outcome, t.sc(), null));
  }

  /**
   * The first day a DCC {@code dob} allows ({@code 1980} → 1980-01-01, {@code 1980-03} →
   * 1980-03-01), as {@link HealthHistory} asks, so an age exemption is never granted on a guess;
   * null when empty or unreadable.
   */
  static LocalDate earliestBirthDate(String dob) {
    try {
      return switch (dob.length()) {
        case 4 -> Year.parse(dob).atDay(1);
        case 7 -> YearMonth.parse(dob).atDay(1);
        case 0 -> null;
        default -> LocalDate.parse(dob.substring(0, Math.min(10, dob.length())));
      };
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
