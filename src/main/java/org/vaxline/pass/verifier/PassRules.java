package org.vaxline.pass.verifier;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Korea's vaccine pass rules (방역패스) as data: which records count, from when and until when, in
 * whole days of {@code zone}. Pure rules: the caller supplies the instant. Each value and its
 * source is in the data file ({@link #korea2022()}) and in {@code manuals/glossary.md}.
 *
 * @param primarySeriesDoses doses in the primary series by EU medicinal-product code; a product not
 *     listed is not recognised and its doses do not count
 * @param primarySeriesValidFrom after the date of the dose completing the series, the day from
 *     whose start the pass counts (P14D)
 * @param primarySeriesLastValidDay after that date, the last day (to its end) the pass counts
 * @param primarySeriesExpiryEnforcedFrom before this day's start no primary series expired
 * @param negativeTests the kinds of negative result accepted, and for how long each counts
 * @param recoveryLastValidDay after the release from isolation, the last day a recovery counts
 * @param underAgeBornOnOrAfter people born on or after this day need no pass
 */
public record PassRules(
    ZoneId zone,
    Map<String, Integer> primarySeriesDoses,
    Period primarySeriesValidFrom,
    Period primarySeriesLastValidDay,
    LocalDate primarySeriesExpiryEnforcedFrom,
    Map<TestResult.Kind, NegativeTest> negativeTests,
    Period recoveryLastValidDay,
    LocalDate underAgeBornOnOrAfter) {

  private static final String KOREA_2022 = "korea-2022-01.properties";

  /**
   * How long one kind of negative result counts: until midnight of the day on which {@code
   * countsFor} from its notification runs out.
   *
   * @param acceptedFrom the first day (of notification) such results were accepted; null: always
   */
  public record NegativeTest(Duration countsFor, LocalDate acceptedFrom) {

    public NegativeTest {
      Objects.requireNonNull(countsFor, "countsFor");
      if (countsFor.isNegative() || countsFor.isZero()) {
        throw new IllegalArgumentException("a negative test must count for a while: " + countsFor);
      }
    }
  }

  public PassRules {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(primarySeriesExpiryEnforcedFrom, "primarySeriesExpiryEnforcedFrom");
    Objects.requireNonNull(underAgeBornOnOrAfter, "underAgeBornOnOrAfter");
    primarySeriesDoses = Map.copyOf(primarySeriesDoses);
    primarySeriesDoses.forEach(PassRules::requireProduct);
    negativeTests = Map.copyOf(negativeTests);
    requireDays("primarySeriesValidFrom", primarySeriesValidFrom);
    requireDays("primarySeriesLastValidDay", primarySeriesLastValidDay);
    requireDays("recoveryLastValidDay", recoveryLastValidDay);
    if (primarySeriesLastValidDay.getDays() < primarySeriesValidFrom.getDays()) {
      throw new IllegalArgumentException(
          "the primary series would expire ("
              + primarySeriesLastValidDay
              + ") before it counts ("
              + primarySeriesValidFrom
              + ")");
    }
  }

  /** The rules of January 2022, from the data file beside this class. Load once and keep. */
  public static PassRules korea2022() {
    var in = PassRules.class.getResourceAsStream(KOREA_2022);
    if (in == null) {
      throw new IllegalStateException(KOREA_2022 + " is missing from the classpath");
    }
    try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return PassRulesFile.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + KOREA_2022, e);
    }
  }

  /** Whether the history proves a pass at the instant, why, and from and until when. */
  public PassStatus evaluate(HealthHistory history, Instant at) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(at, "at");
    return PassStatus.decide(PassWindows.of(this, history), at);
  }

  OptionalInt primaryDosesOf(String product) {
    var doses = primarySeriesDoses.get(product);
    return doses == null ? OptionalInt.empty() : OptionalInt.of(doses);
  }

  /** 00:00 of the day in Korea. */
  Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** 24:00 of the day in Korea, i.e. the first instant after it. */
  Instant endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }

  LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  private static void requireProduct(String product, Integer doses) {
    if (product.isBlank() || doses < 1 || doses > 9) {
      throw new IllegalArgumentException(
          "product " + product + " with " + doses + " doses (HCERT allows 1..9)");
    }
  }

  /** The rules count days (180일), never months, whose length varies. */
  private static void requireDays(String name, Period period) {
    Objects.requireNonNull(period, name);
    if (period.isNegative() || period.getYears() != 0 || period.getMonths() != 0) {
      throw new IllegalArgumentException(name + " must be a whole number of days, was " + period);
    }
  }
}
