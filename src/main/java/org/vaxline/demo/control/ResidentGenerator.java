package org.vaxline.demo.control;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.vaxline.demo.entity.ResidentRow;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.identity.entity.ResidentRegistrationNumber;
import org.vaxline.identity.entity.Sex;

/**
 * Residents of the demo country, one after another: the showcase residents first, then people drawn
 * from the 2021 age pyramid and province populations. The same seed gives the same people in the
 * same order.
 */
public final class ResidentGenerator {

  /** Mobile numbers 010-2000-0000 to 010-9999-9999; 010-1xxx is left to the showcase residents. */
  private static final int PHONE_SPACE = 80_000_000;

  private static final int PHONE_BASE = 20_000_000;

  /** Neither even nor a multiple of 5, so i * stride is a permutation of the phone space. */
  private static final long PHONE_STRIDE = 37_139_213;

  private final SplittableRandom random;
  private final RegistrationPlaces places = new RegistrationPlaces();
  private final long phoneOffset;
  private int index;

  public ResidentGenerator(long seed) {
    random = new SplittableRandom(seed);
    phoneOffset = random.nextInt(PHONE_SPACE);
  }

  /** The first {@code count} residents for a seed. */
  public static Stream<ResidentRow> residents(long seed, int count) {
    var generator = new ResidentGenerator(seed);
    return IntStream.range(0, count).mapToObj(i -> generator.next());
  }

  public ResidentRow next() {
    int i = index++;
    if (i < ShowcaseResident.ALL.size()) {
      return ShowcaseResident.ALL.get(i).row();
    }
    var band = AgePyramid.drawBand(random);
    var birthDate = AgePyramid.drawBirthDate(band, random);
    var sex = random.nextDouble() < band.womenShare() ? Sex.F : Sex.M;
    int provinceIndex = drawProvince();
    var province = Provinces.ALL.get(provinceIndex);
    var place = places.next(province, provinceIndex, birthDate, sex);
    return new ResidentRow(
        ResidentRegistrationNumber.issue(birthDate, sex, place.code(), place.serial()),
        KoreanNames.draw(sex, birthDate, random),
        birthDate,
        sex,
        phone(i),
        province.code());
  }

  /** Unique for every index below the phone space: an affine map modulo it is a bijection. */
  private String phone(int i) {
    long number = PHONE_BASE + (i * PHONE_STRIDE + phoneOffset) % PHONE_SPACE;
    return "010-%04d-%04d".formatted(number / 10_000, number % 10_000);
  }

  private int drawProvince() {
    int pick = random.nextInt(Provinces.totalPopulation());
    for (int p = 0; p < Provinces.ALL.size(); p++) {
      pick -= Provinces.ALL.get(p).population();
      if (pick < 0) {
        return p;
      }
    }
    throw new IllegalStateException("province populations do not add up");
  }
}
