package org.vaxline.pass.verifier;

import static java.lang.Character.UnicodeScript.HANGUL;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The holder's name as the DCC carries it ({@code nam}, DCC schema 1.3.0): family and given names,
 * each also standardised to ICAO 9303 letters; only {@code fnt} is required.
 */
public record DccName(String fn, String fnt, String gn, String gnt) {

  public DccName {
    if (fnt == null) {
      throw new IllegalArgumentException("fnt (standardised family name) is required");
    }
  }

  /**
   * The name a venue may see (ARCHITECTURE.md principle 7), as Korean screens mask names: the first
   * and, from three letters on, the last letter of each word, so 홍길동 → 홍*동 and Gildong → G*****g. A
   * Hangul name is written family-then-given with no space, as in Korea; the names as issued are
   * preferred to their ICAO-standardised forms.
   */
  public String masked() {
    var family = present(fn) ? fn.strip() : fnt.strip();
    var given = present(gn) ? gn.strip() : present(gnt) ? gnt.strip() : "";
    var hangul = family.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == HANGUL);
    var full = given.isEmpty() ? family : family + (hangul ? "" : " ") + given;
    return Arrays.stream(full.split(" ")).map(DccName::mask).collect(Collectors.joining(" "));
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

  private static boolean present(String name) {
    return name != null && !name.isBlank();
  }

  static DccName from(CborMap nam) throws Rejection {
    return new DccName(
        nam.optionalText("fn"), nam.text("fnt"), nam.optionalText("gn"), nam.optionalText("gnt"));
  }
}
