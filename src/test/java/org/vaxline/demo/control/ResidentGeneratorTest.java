package org.vaxline.demo.control;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.vaxline.demo.entity.ResidentRow;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.identity.entity.ResidentRegistrationNumber;
import org.vaxline.identity.entity.Sex;

class ResidentGeneratorTest {

  private static final long SEED = 42;
  private static final List<ResidentRow> SAMPLE =
      ResidentGenerator.residents(SEED, 100_000).toList();

  @Test
  void sameSeedGivesTheSamePeopleInTheSameOrder() {
    assertEquals(SAMPLE.subList(0, 10_000), ResidentGenerator.residents(SEED, 10_000).toList());
  }

  @Test
  void anotherSeedGivesOtherPeople() {
    var other = ResidentGenerator.residents(SEED + 1, 1_000).toList();
    int showcase = ShowcaseResident.ALL.size();
    assertNotEquals(SAMPLE.subList(showcase, 1_000), other.subList(showcase, 1_000));
  }

  @Test
  void everyResidentNumberIsValidInForm() {
    for (var r : SAMPLE) {
      var parsed = ResidentRegistrationNumber.parse(r.number().digits());
      assertEquals(r.birthDate(), parsed.birthDate(), r::toString);
      assertEquals(r.sex(), parsed.sex(), r::toString);
      assertTrue(parsed.hasValidCheckDigit(), r::toString);
    }
  }

  @Test
  void noTwoResidentsShareANumber() {
    assertEquals(SAMPLE.size(), SAMPLE.stream().map(r -> r.number().digits()).distinct().count());
  }

  @Test
  void theRegistrationPlaceBelongsToTheProvince() {
    for (var r : SAMPLE.subList(ShowcaseResident.ALL.size(), SAMPLE.size())) {
      int prefix = Integer.parseInt(r.number().digits().substring(7, 9));
      int community = Integer.parseInt(r.number().digits().substring(9, 11));
      assertTrue(Provinces.byCode(r.provinceCode()).placePrefixes().contains(prefix), r::toString);
      assertTrue(community < RegistrationPlaces.COMMUNITIES, r::toString);
    }
  }

  @Test
  void everyoneHasTheirOwnMobileNumber() {
    var phones = new HashSet<String>();
    for (var r : SAMPLE) {
      assertTrue(r.phone().matches("010-[1-9]\\d{3}-\\d{4}"), r.phone());
      assertTrue(phones.add(r.phone()), r.phone());
    }
  }

  @Test
  void namesAreAFamilyNameAndTwoSyllables() {
    assertTrue(SAMPLE.stream().allMatch(r -> r.name().matches("[가-힣]{3}")));
  }

  @Test
  void familyNamesFollowTheirFrequency() {
    var byFamily = SAMPLE.stream().collect(groupingBy(r -> r.name().substring(0, 1), counting()));
    double kim = byFamily.get("김") / (double) SAMPLE.size();
    double lee = byFamily.get("이") / (double) SAMPLE.size();
    double park = byFamily.get("박") / (double) SAMPLE.size();
    assertAll(
        () -> assertTrue(kim > 0.21 && kim < 0.26, "김 " + kim),
        () -> assertTrue(lee > 0.14 && lee < 0.18, "이 " + lee),
        () -> assertTrue(park > 0.08 && park < 0.105, "박 " + park));
  }

  @Test
  void sexesAreAboutEvenAndWomenOutnumberMenInOldAge() {
    assertAll(
        () -> assertShareOfWomen(0.49, 0.52, r -> true),
        () -> assertShareOfWomen(0.46, 0.50, r -> AgePyramid.ageOf(r.birthDate()) < 40),
        () -> assertShareOfWomen(0.62, 0.75, r -> AgePyramid.ageOf(r.birthDate()) >= 80));
  }

  @Test
  void theShowcaseResidentsComeFirst() {
    var showcase = ShowcaseResident.ALL;
    assertEquals(
        showcase.stream().map(ShowcaseResident::row).toList(), SAMPLE.subList(0, showcase.size()));
  }

  @Test
  void everyProvinceHasResidentsInProportionToItsPopulation() {
    var byProvince = SAMPLE.stream().collect(groupingBy(ResidentRow::provinceCode, counting()));
    assertEquals(17, byProvince.size());
    for (var province : Provinces.ALL) {
      double expected = province.population() / (double) Provinces.totalPopulation();
      double actual = byProvince.get(province.code()) / (double) SAMPLE.size();
      assertEquals(expected, actual, Math.max(0.001, expected * 0.05), province.nameEn());
    }
  }

  private static void assertShareOfWomen(double low, double high, Predicate<ResidentRow> who) {
    var group = SAMPLE.stream().filter(who).toList();
    double women = group.stream().filter(r -> r.sex() == Sex.F).count() / (double) group.size();
    assertTrue(women >= low && women <= high, "share of women " + women);
  }
}
