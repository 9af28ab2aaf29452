package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Instants as a reader in Korea says them, and histories built one record at a time. */
final class PassFixtures {

  static final PassRules KOREA = PassRules.korea2022();
  static final String PFIZER = "EU/1/20/1528";
  static final String MODERNA = "EU/1/20/1507";
  static final String JANSSEN = "EU/1/20/1525";

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private PassFixtures() {}

  /**
   * {@code kst("2022-01-03T00:00")} is midnight starting 3 January 2022 in Seoul, in any JVM zone.
   */
  static Instant kst(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SEOUL).toInstant();
  }

  static LocalDate day(String isoDate) {
    return LocalDate.parse(isoDate);
  }

  static History adult() {
    return new History(day("1980-05-05"));
  }

  static History bornOn(String isoDate) {
    return new History(day(isoDate));
  }

  /** A history under construction; {@link #evaluate} reads it with Korea's rules of 2022. */
  static final class History {
    private final LocalDate born;
    private final List<Vaccination> doses = new ArrayList<>();
    private final List<TestResult> tests = new ArrayList<>();
    private final List<Recovery> recoveries = new ArrayList<>();
    private final List<Exemption> exemptions = new ArrayList<>();

    private History(LocalDate born) {
      this.born = born;
    }

    History dose(String product, int doseNumber, int seriesDoses, String isoDate) {
      doses.add(new Vaccination(product, doseNumber, seriesDoses, day(isoDate)));
      return this;
    }

    History test(TestResult test) {
      tests.add(test);
      return this;
    }

    History negativePcrNotified(String kstDateTime) {
      var notified = kst(kstDateTime);
      return test(
          new TestResult(
              TestResult.Kind.PCR,
              TestResult.Outcome.NEGATIVE,
              notified.minusSeconds(86_400),
              notified));
    }

    History releasedFromIsolation(String isoDate) {
      var released = day(isoDate);
      recoveries.add(new Recovery(released.minusDays(10), released, null));
      return this;
    }

    History recovery(Recovery recovery) {
      recoveries.add(recovery);
      return this;
    }

    History exemption(String from, String until) {
      exemptions.add(new Exemption(day(from), until == null ? null : day(until)));
      return this;
    }

    HealthHistory build() {
      return new HealthHistory(born, doses, tests, recoveries, exemptions);
    }

    PassStatus evaluate(Instant at) {
      return KOREA.evaluate(build(), at);
    }

    /** Not yet valid 1 ms before {@code valid.validFrom()}; {@code valid} at it and 1 ms after. */
    void assertBecomes(PassStatus valid) {
      var from = valid.validFrom();
      assertEquals(
          new PassStatus(PassReason.NOT_YET_VALID, from, valid.validUntil()),
          evaluate(from.minusMillis(1)));
      assertEquals(valid, evaluate(from));
      assertEquals(valid, evaluate(from.plusMillis(1)));
    }

    /** {@code valid} 1 ms before {@code valid.validUntil()}; expired at it and 1 ms after. */
    void assertRunsOut(PassStatus valid) {
      var until = valid.validUntil();
      var expired = new PassStatus(PassReason.EXPIRED, valid.validFrom(), until);
      assertEquals(valid, evaluate(until.minusMillis(1)));
      assertEquals(expired, evaluate(until));
      assertEquals(expired, evaluate(until.plusMillis(1)));
    }
  }
}
