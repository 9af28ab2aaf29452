package org.vaxline.pass.issuer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a pass is issued for: the holder's names as written and standardised, birth date, the doses
 * given, and the window in which the signature holds. The standardised names are the caller's: ICAO
 * 9303 part 3 letters (A–Z, {@code <} for spaces and hyphens), romanised from hangul by the Revised
 * Romanization of Korean as the passport office does (e.g. 홍 길동 → {@code HONG}, {@code GILDONG});
 * Vaxline keeps the form the person's identity record already holds rather than guessing one.
 * {@code givenNameTransliterated} may be null, as DCC schema 1.3.0 allows.
 */
public record PassRequest(
    String familyName,
    String givenName,
    String familyNameTransliterated,
    String givenNameTransliterated,
    LocalDate birthDate,
    List<DoseGiven> vaccinations,
    Instant issuedAt,
    Instant expiresAt) {

  /** Later date first wins; on the same day, the higher dose number. */
  public static final Comparator<DoseGiven> LATEST =
      Comparator.comparing(DoseGiven::dt).thenComparingInt(DoseGiven::dn);

  /** DCC schema 1.3.0, {@code fnt} and {@code gnt}: ICAO 9303 letters, at most 80. */
  private static final Pattern ICAO_9303 = Pattern.compile("[A-Z<]{1,80}");

  public PassRequest {
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    requireIcao(familyNameTransliterated, "familyNameTransliterated");
    if (givenNameTransliterated != null) {
      requireIcao(givenNameTransliterated, "givenNameTransliterated");
    }
    vaccinations = List.copyOf(vaccinations);
    if (vaccinations.isEmpty()) {
      throw new IllegalArgumentException("a vaccination pass needs at least one dose");
    }
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("expires at " + expiresAt + ", issued at " + issuedAt);
    }
  }

  private static void requireIcao(String name, String field) {
    if (name == null || !ICAO_9303.matcher(name).matches()) {
      throw new IllegalArgumentException(field + " is not ICAO 9303 (A-Z and <): " + name);
    }
  }

  /**
   * The dose the pass states. A DCC holds exactly one vaccination entry (DCC schema 1.3.0), and the
   * last dose, with its number in the series, is what every verifier's rules read.
   */
  public DoseGiven latestDose() {
    return vaccinations.stream().max(LATEST).orElseThrow();
  }
}
