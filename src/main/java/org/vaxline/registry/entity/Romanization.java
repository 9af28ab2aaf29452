package org.vaxline.registry.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Korean name in the Latin letters of ICAO 9303 (A–Z), as a pass writes {@code fnt} and {@code
 * gnt}, by the Revised Romanization of Korean (Ministry of Culture and Tourism notice 2000-8, 국어의
 * 로마자 표기법). For personal names (chapter 3, article 4) the family name comes first and the given
 * name is written as one word; sound changes between the syllables of a given name are not written
 * (한복남 Han Boknam), so each syllable is written as it stands, its final consonant by its
 * representative sound (ㄱ k, ㄷ ㅅ ㅈ ㅊ ㅌ ㅎ t, ㅂ ㅍ p), ㄹ as r before a vowel and l otherwise, ㄹㄹ as
 * ll. The same article leaves family names to be "determined separately": for the common ones this
 * class writes the customary spelling most passports carry (김 KIM, 이 LEE, 박 PARK), and otherwise
 * the Revised Romanization. A person's passport may still spell the name otherwise; the register
 * holds no other spelling to go by.
 */
public final class Romanization {

  private static final String[] INITIAL = {
    "G", "KK", "N", "D", "TT", "R", "M", "B", "PP", "S", "SS", "", "J", "JJ", "CH", "K", "T", "P",
    "H"
  };
  private static final String[] VOWEL = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE",
    "WI", "YU", "EU", "UI", "I"
  };
  private static final String[] FINAL = {
    "", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P", "P",
    "T", "T", "NG", "T", "T", "K", "T", "P", "T"
  };
  private static final int RIEUL_INITIAL = 5;
  private static final int RIEUL_FINAL = 8;

  /** Family names of two syllables, when the whole name has three or more. */
  private static final Set<String> COMPOUND_FAMILY =
      Set.of("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절");

  /** The customary spellings of the commonest family names that differ from the rules. */
  private static final Map<String, String> CUSTOMARY =
      Map.ofEntries(
          Map.entry("김", "KIM"),
          Map.entry("이", "LEE"),
          Map.entry("박", "PARK"),
          Map.entry("최", "CHOI"),
          Map.entry("정", "JUNG"),
          Map.entry("강", "KANG"),
          Map.entry("조", "CHO"),
          Map.entry("윤", "YOON"),
          Map.entry("임", "LIM"),
          Map.entry("신", "SHIN"),
          Map.entry("유", "YOO"),
          Map.entry("노", "ROH"),
          Map.entry("오", "OH"),
          Map.entry("우", "WOO"),
          Map.entry("구", "KOO"),
          Map.entry("문", "MOON"),
          Map.entry("곽", "KWAK"),
          Map.entry("권", "KWON"),
          Map.entry("고", "KO"));

  private Romanization() {}

  /**
   * The name split into family and given name, each as written and in ICAO letters. A hangul name
   * written without a space is split after its family name (one syllable, or two for a compound
   * family name such as 남궁); with a space, at the space. A name already in Latin letters is taken
   * as family name first, then given names.
   */
  public static Name of(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("no name to romanise");
    }
    var written = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    var space = written.indexOf(' ');
    String family;
    String given;
    if (space > 0) {
      family = written.substring(0, space);
      given = written.substring(space + 1).strip();
    } else if (isHangul(written)) {
      int split =
          written.length() >= 3 && COMPOUND_FAMILY.contains(written.substring(0, 2)) ? 2 : 1;
      family = written.substring(0, split);
      given = written.substring(split);
    } else {
      family = written;
      given = "";
    }
    return new Name(
        family,
        given.isEmpty() ? null : given,
        CUSTOMARY.getOrDefault(family, icao(family)),
        given.isEmpty() ? null : icao(given));
  }

  /** A part of a name in ICAO 9303 letters: hangul romanised, Latin letters capitalised. */
  static String icao(String text) {
    var out = new StringBuilder();
    int previousFinal = -1;
    for (var c : text.toCharArray()) {
      if (c >= '가' && c <= '힣') {
        int index = c - '가';
        int initial = index / (21 * 28);
        int vowel = index / 28 % 21;
        int last = index % 28;
        var onset =
            initial == RIEUL_INITIAL && previousFinal == RIEUL_FINAL ? "L" : INITIAL[initial];
        out.append(onset).append(VOWEL[vowel]).append(FINAL[last]);
        previousFinal = last;
      } else {
        var letters =
            Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        out.append(letters.matches("[A-Z]") ? letters : "<");
        previousFinal = -1;
      }
    }
    var written = out.toString().replaceAll("<+", "<").replaceAll("^<|<$", "");
    if (written.isEmpty()) {
      throw new IllegalArgumentException("nothing in ICAO 9303 letters: " + text);
    }
    return written.length() > 80 ? written.substring(0, 80) : written;
  }

  private static boolean isHangul(String text) {
    return text.chars().allMatch(c -> c >= '가' && c <= '힣');
  }

  /**
   * A name as a pass states it ({@code fn}, {@code gn}, {@code fnt}, {@code gnt}); the given name
   * may be absent, as DCC schema 1.3.0 allows.
   */
  public record Name(
      String family, String given, String familyTransliterated, String givenTransliterated) {}
}
