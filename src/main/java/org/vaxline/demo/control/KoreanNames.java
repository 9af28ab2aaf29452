package org.vaxline.demo.control;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.vaxline.identity.entity.Sex;

/**
 * Plausible Korean names: a family name drawn by its real frequency and a two-syllable given name
 * whose syllables depend on sex and on the generation, since names fashionable in the 1960s (영호,
 * 미경) are not those of the 2010s (민준, 서연).
 */
public final class KoreanNames {

  /**
   * The 40 most common family names and their share in per-ten-thousand of the population, from the
   * 2015 census (통계청 인구주택총조사 성씨·본관 집계). Together they cover about nine in ten people; the rest are
   * drawn as if from this list.
   */
  private static final List<Weighted> FAMILY_NAMES =
      List.of(
          w("김", 2150),
          w("이", 1470),
          w("박", 840),
          w("최", 470),
          w("정", 430),
          w("강", 240),
          w("조", 210),
          w("윤", 210),
          w("장", 200),
          w("임", 170),
          w("한", 150),
          w("오", 150),
          w("서", 150),
          w("신", 150),
          w("권", 140),
          w("황", 140),
          w("안", 140),
          w("송", 130),
          w("전", 110),
          w("홍", 110),
          w("유", 100),
          w("고", 90),
          w("문", 90),
          w("양", 90),
          w("손", 90),
          w("배", 80),
          w("백", 70),
          w("허", 60),
          w("노", 60),
          w("남", 50),
          w("심", 50),
          w("하", 50),
          w("곽", 40),
          w("성", 40),
          w("차", 40),
          w("주", 40),
          w("우", 40),
          w("구", 40),
          w("민", 30),
          w("진", 30));

  private static final int FAMILY_TOTAL = FAMILY_NAMES.stream().mapToInt(Weighted::weight).sum();

  /** Born before this year, a person gets the older generation's syllables. */
  private static final int NEW_GENERATION_FROM = 1985;

  private static final Syllables OLDER_MEN = new Syllables("영성정상동재종진광병기명용경승", "호수철식진훈민석현규환일준우열");
  private static final Syllables YOUNGER_MEN = new Syllables("민서도준지현건우예시주하은유승", "준우현호윤민원진혁빈성훈재율찬");
  private static final Syllables OLDER_WOMEN = new Syllables("영미정경순은혜현선명숙옥희지수", "희숙자순미경영정주옥란진애화선");
  private static final Syllables YOUNGER_WOMEN =
      new Syllables("서지수민하예윤채다유소은가아시", "연윤은아현서원진빈린희영유민율");

  private KoreanNames() {}

  public static String draw(Sex sex, LocalDate birthDate, SplittableRandom random) {
    boolean older = birthDate.getYear() < NEW_GENERATION_FROM;
    var syllables =
        switch (sex) {
          case M -> older ? OLDER_MEN : YOUNGER_MEN;
          case F -> older ? OLDER_WOMEN : YOUNGER_WOMEN;
        };
    return familyName(random) + syllables.givenName(random);
  }

  static String familyName(SplittableRandom random) {
    int pick = random.nextInt(FAMILY_TOTAL);
    for (var name : FAMILY_NAMES) {
      pick -= name.weight();
      if (pick < 0) {
        return name.text();
      }
    }
    throw new IllegalStateException("family name weights do not add up");
  }

  private static Weighted w(String text, int weight) {
    return new Weighted(text, weight);
  }

  private record Weighted(String text, int weight) {}

  private record Syllables(String first, String second) {

    /** Two syllables, never the same one twice (순순 is not a name anyone is given). */
    String givenName(SplittableRandom random) {
      char a = first.charAt(random.nextInt(first.length()));
      char b;
      do {
        b = second.charAt(random.nextInt(second.length()));
      } while (b == a);
      return "" + a + b;
    }
  }
}
