package org.vaxline.pass.verifier;

import static java.lang.Character.UnicodeScript.HANGUL;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Who a pass names, and the little of it a venue may see (ARCHITECTURE.md principle 7): a masked
 * name and the birth year. Family and given names may be absent (a DCC may carry either alone), the
 * birth date may be partial ({@code 1980}, {@code 1980-03}) or empty, as DCC schema 1.3.0 and FHIR
 * allow.
 */
public record Holder(String familyName, String givenName, String birthDate) {

  public Holder {
    familyName = familyName == null ? "" : familyName.strip();
    givenName = givenName == null ? "" : givenName.strip();
    birthDate = birthDate == null ? "" : birthDate.strip();
  }

  /**
   * Masked as Korean screens mask names: the first and, from three letters on, the last letter of
   * each word, so 홍길동 → 홍*동 and Gildong → G*****g. A Hangul name is one word, family name first, as
   * written in Korea.
   */
  public String maskedName() {
    var hangul = familyName.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == HANGUL);
    var full = (familyName + (hangul ? "" : " ") + givenName).strip();
    return Arrays.stream(full.split(" +")).map(Holder::mask).collect(Collectors.joining(" "));
  }

  /** The birth year only: {@code 1998-02-26} → {@code 1998-**-**}. */
  public String maskedBirthDate() {
    return birthDate.length() <= 4
        ? birthDate
        : birthDate.substring(0, 4) + birthDate.substring(4).replaceAll("\\d", "*");
  }

  private static String mask(String word) {
    var points = word.codePoints().toArray();
    var masked = new StringBuilder();
    for (int i = 0; i < points.length; i++) {
      boolean shown = i == 0 || (i == points.length - 1 && points.length > 2);
      masked.appendCodePoint(shown || !Character.isLetter(points[i]) ? points[i] : '*');
    }
    return masked.toString();
  }
}
