package org.vaxline.demo.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;
import org.vaxline.demo.entity.AgeBand;

/**
 * Korea's age pyramid in 2021, and birth dates drawn from it.
 *
 * <p>Source: the resident registration population by five-year age band in mid-2021 (행정안전부 주민등록
 * 인구통계, also on KOSIS), in thousands, rounded to 50 thousand and approximate: check a figure
 * against KOSIS before quoting it. Women's shares follow the same statistics: slightly fewer girls
 * than boys (a sex ratio at birth near 105), many more women than men past 75. Only the shape
 * matters to the demo.
 */
public final class AgePyramid {

  /** Ages are counted on this day, the middle of 2021, when the age cohorts opened. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2021, 7, 1);

  /** The oldest age drawn; 85+ residents thin out geometrically up to it. */
  static final int OLDEST = 104;

  public static final List<AgeBand> BANDS =
      List.of(
          new AgeBand(0, 4, 1700, 0.487),
          new AgeBand(5, 9, 2250, 0.487),
          new AgeBand(10, 14, 2350, 0.486),
          new AgeBand(15, 19, 2400, 0.484),
          new AgeBand(20, 24, 3150, 0.475),
          new AgeBand(25, 29, 3450, 0.470),
          new AgeBand(30, 34, 3300, 0.478),
          new AgeBand(35, 39, 3650, 0.488),
          new AgeBand(40, 44, 3950, 0.490),
          new AgeBand(45, 49, 4200, 0.491),
          new AgeBand(50, 54, 4200, 0.494),
          new AgeBand(55, 59, 4250, 0.499),
          new AgeBand(60, 64, 3850, 0.509),
          new AgeBand(65, 69, 2850, 0.523),
          new AgeBand(70, 74, 2000, 0.545),
          new AgeBand(75, 79, 1600, 0.585),
          new AgeBand(80, 84, 1200, 0.650),
          new AgeBand(85, OLDEST, 850, 0.740));

  private static final int TOTAL = BANDS.stream().mapToInt(AgeBand::population).sum();

  private AgePyramid() {}

  /** The share of the population in a band, 0 to 1. */
  public static double share(AgeBand band) {
    return band.population() / (double) TOTAL;
  }

  /** A band drawn with the probability of its share. */
  public static AgeBand drawBand(SplittableRandom random) {
    int pick = random.nextInt(TOTAL);
    for (var band : BANDS) {
      pick -= band.population();
      if (pick < 0) {
        return band;
      }
    }
    throw new IllegalStateException("band weights do not add up");
  }

  /**
   * A birth date for someone in the band: an age within it (uniform, except that past 85 each year
   * holds about 20% fewer people than the one before), then a day within that year of age.
   */
  public static LocalDate drawBirthDate(AgeBand band, SplittableRandom random) {
    int age =
        band.toAge() < OLDEST
            ? random.nextInt(band.fromAge(), band.toAge() + 1)
            : Math.min(OLDEST, band.fromAge() + (int) (-Math.log(1 - random.nextDouble()) * 4.5));
    var latest = REFERENCE_DATE.minusYears(age);
    var earliest = REFERENCE_DATE.minusYears(age + 1L).plusDays(1);
    return earliest.plusDays(random.nextLong(latest.toEpochDay() - earliest.toEpochDay() + 1));
  }

  /** Age in whole years on the reference date. */
  public static int ageOf(LocalDate birthDate) {
    return Period.between(birthDate, REFERENCE_DATE).getYears();
  }
}
