package org.vaxline.pass.verifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dose, as an HCERT vaccination entry states it.
 *
 * @param product the EU medicinal-product code ({@code mp}), e.g. {@code EU/1/20/1528}
 * @param doseNumber {@code dn}: which dose this was
 * @param seriesDoses {@code sd}: the doses of the series, as the certificate writes it; a booster
 *     is written 3/3, or 3/2, or 2/1 after Janssen
 * @param date {@code dt}: the day the dose was given, in Korea
 */
public record Vaccination(String product, int doseNumber, int seriesDoses, LocalDate date) {

  /** HCERT schema 1.3 bounds {@code dn} and {@code sd} to 1..9. */
  private static final int MOST_DOSES = 9;

  public Vaccination {
    if (product == null || product.isBlank()) {
      throw new IllegalArgumentException("a vaccination needs its medicinal-product code");
    }
    Objects.requireNonNull(date, "date");
    requireDoseCount("doseNumber", doseNumber);
    requireDoseCount("seriesDoses", seriesDoses);
  }

  /**
   * A dose beyond the series the certificate names ({@code dn > sd}, e.g. 3/2 or 2/1), or beyond
   * the product's primary series (3/3, or 2/2 of Janssen), is a booster (추가접종).
   */
  boolean isBoosterOf(int primaryDoses) {
    return doseNumber > seriesDoses || doseNumber > primaryDoses;
  }

  /**
   * The last dose of the product's full primary series. A 1/1 of a two-dose product, which some EU
   * states write for recovered people, does not complete it: Korea asked recovered people to
   * complete the second dose (한국경제 Q&A, 2022-01-03).
   */
  boolean completesPrimarySeriesOf(int primaryDoses) {
    return doseNumber == seriesDoses && doseNumber == primaryDoses;
  }

  private static void requireDoseCount(String name, int value) {
    if (value < 1 || value > MOST_DOSES) {
      throw new IllegalArgumentException(name + " must be 1.." + MOST_DOSES + ", was " + value);
    }
  }
}
