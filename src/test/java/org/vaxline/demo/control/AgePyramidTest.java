package org.vaxline.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaxline.demo.entity.AgeBand;
import org.vaxline.demo.entity.ResidentRow;

class AgePyramidTest {

  private static final List<ResidentRow> SAMPLE = ResidentGenerator.residents(7, 100_000).toList();

  @Test
  void everyBandHoldsItsShareOfResidents() {
    for (var band : AgePyramid.BANDS) {
      assertEquals(
          AgePyramid.share(band), shareAged(band.fromAge(), band.toAge()), 0.003, band::toString);
    }
  }

  @Test
  void peopleInTheirFiftiesOutnumberChildrenUnderTenAboutTwoToOne() {
    double ratio = shareAged(50, 59) / shareAged(0, 9);
    double expected = (4200 + 4250) / (double) (1700 + 2250);
    assertEquals(expected, ratio, expected * 0.05);
  }

  @Test
  void theBandsCoverEveryAgeOnce() {
    for (int age = 0; age <= AgePyramid.OLDEST; age++) {
      int a = age;
      assertEquals(1, AgePyramid.BANDS.stream().filter(b -> b.includes(a)).count(), "age " + age);
    }
  }

  @Test
  void aBirthDateDrawnForABandGivesAnAgeInThatBand() {
    var random = new SplittableRandom(1);
    for (var band : AgePyramid.BANDS) {
      for (int i = 0; i < 2_000; i++) {
        var born = AgePyramid.drawBirthDate(band, random);
        assertTrue(band.includes(AgePyramid.ageOf(born)), band + " " + born);
        assertTrue(born.getYear() >= 1900 && !born.isAfter(AgePyramid.REFERENCE_DATE));
      }
    }
  }

  @Test
  void ageCountsOnTheFirstOfJuly2021() {
    assertEquals(56, AgePyramid.ageOf(LocalDate.of(1964, 7, 19)));
    assertEquals(57, AgePyramid.ageOf(LocalDate.of(1964, 7, 1)));
    assertEquals(0, AgePyramid.ageOf(LocalDate.of(2021, 7, 1)));
  }

  @Test
  void theTableMatchesKoreasPopulationOfAboutFiftyOneMillion() {
    int total = AgePyramid.BANDS.stream().mapToInt(AgeBand::population).sum();
    assertTrue(total > 51_000 && total < 52_000, "thousands " + total);
  }

  private static double shareAged(int from, int to) {
    return SAMPLE.stream()
            .mapToInt(r -> AgePyramid.ageOf(r.birthDate()))
            .filter(age -> age >= from && age <= to)
            .count()
        / (double) SAMPLE.size();
  }
}
