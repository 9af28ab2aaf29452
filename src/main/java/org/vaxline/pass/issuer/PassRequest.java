package org.vaxline.pass.issuer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a pass is issued for: the holder's names as written and standardised, birth date, the one
 * record it states (a dose, a test or a recovery), and the window in which the signature holds. The
 * standardised names are the caller's: ICAO 9303 part 3 letters (A–Z, {@code <} for spaces and
 * hyphens), romanised from hangul by the Revised Romanization of Korean as the passport office does
 * (e.g. 홍 길동 → {@code HONG}, {@code GILDONG}); Vaxline keeps the form the person's identity record
 * already holds rather than guessing one. {@code givenNameTransliterated} may be null, as DCC
 * schema 1.3.0 allows.
 */
public record PassRequest(
    String familyName,
    String givenName,
    String familyNameTransliterated,
    String givenNameTransliterated,
    LocalDate birthDate,
    Statement statement,
    Instant issuedAt,
    Instant expiresAt) {

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
    Objects.requireNonNull(statement, "statement");
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("expires at " + expiresAt + ", issued at " + issuedAt);
    }
  }

  private static void requireIcao(String name, String field) {
    if (name == null || !ICAO_9303.matcher(name).matches()) {
      throw new IllegalArgumentException(field + " is not ICAO 9303 (A-Z and <): " + name);
    }
  }
}
