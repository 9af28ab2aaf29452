package org.vaxline.demo.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.vaxline.demo.entity.Province;
import org.vaxline.identity.entity.Sex;

/**
 * Hands out the registration place and serial of resident numbers so that no two residents ever
 * share a number, without remembering the numbers themselves.
 *
 * <p>Two numbers can only collide if birth date, sex and place prefix agree, and the prefixes of
 * different provinces differ. So for each (birth date, sex, province) the k-th resident gets the
 * k-th value of a fixed permutation of the province's place-and-serial space: a permutation never
 * repeats. Community numbers stop at {@value #COMMUNITIES} minus one, leaving 90-99 to the showcase
 * residents.
 */
final class RegistrationPlaces {

  /** Community (읍·면·동) numbers 00-89 within a place prefix. */
  static final int COMMUNITIES = 90;

  private static final int SERIALS = 10;

  /** Prime, so coprime with every space size (a multiple of 900 by at most 10 prefixes). */
  private static final long STRIDE = 7919;

  private final Map<Long, Integer> issued = new HashMap<>();

  /** A place code (four digits) and serial (one digit). */
  record Place(int code, int serial) {}

  Place next(Province province, int provinceIndex, LocalDate birthDate, Sex sex) {
    long key = (birthDate.toEpochDay() * 2 + sex.ordinal()) * 100 + provinceIndex;
    int k = issued.merge(key, 1, Integer::sum) - 1;
    int space = province.placePrefixes().size() * COMMUNITIES * SERIALS;
    if (k >= space) {
      throw new IllegalStateException(
          "more than %d residents share a birth date and sex in province %s"
              .formatted(space, province.code()));
    }
    int slot = (int) ((k * STRIDE + Math.floorMod(Long.hashCode(key * STRIDE), space)) % space);
    int prefix = province.placePrefixes().get(slot / (COMMUNITIES * SERIALS));
    int community = slot / SERIALS % COMMUNITIES;
    return new Place(prefix * 100 + community, slot % SERIALS);
  }
}
