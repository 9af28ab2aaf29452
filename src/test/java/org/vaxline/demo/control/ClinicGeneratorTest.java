package org.vaxline.demo.control;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaxline.demo.entity.ClinicKind;
import org.vaxline.demo.entity.ClinicRow;
import org.vaxline.demo.entity.DemoAccount;

class ClinicGeneratorTest {

  private static final List<ClinicRow> CLINICS = new ClinicGenerator(42).generate();
  private static final Map<String, Long> PER_PROVINCE =
      CLINICS.stream().collect(groupingBy(ClinicRow::provinceCode, counting()));

  @Test
  void sameSeedGivesTheSameClinics() {
    assertEquals(CLINICS, new ClinicGenerator(42).generate());
    assertNotEquals(CLINICS, new ClinicGenerator(43).generate());
  }

  @Test
  void thereAreAbout250ClinicsWithUniqueCodesAndNames() {
    assertEquals(ClinicGenerator.CLINIC_COUNT, CLINICS.size());
    assertEquals(CLINICS.size(), CLINICS.stream().map(ClinicRow::code).distinct().count());
    assertEquals(CLINICS.size(), CLINICS.stream().map(ClinicRow::name).distinct().count());
  }

  @Test
  void everyProvinceHasAtLeastThreeSitesAndAVaccinationCentre() {
    assertEquals(17, PER_PROVINCE.size());
    for (var province : Provinces.ALL) {
      assertTrue(PER_PROVINCE.get(province.code()) >= 3, province.nameEn());
      assertTrue(
          CLINICS.stream()
              .anyMatch(
                  c -> c.provinceCode().equals(province.code()) && c.kind() == ClinicKind.CENTER),
          province.nameEn());
    }
  }

  @Test
  void clinicsFollowPopulationWithGyeonggiAndSeoulFirst() {
    var biggest =
        PER_PROVINCE.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
            .map(Map.Entry::getKey)
            .limit(2)
            .toList();
    assertEquals(List.of("41", "11"), biggest);
    for (var province : Provinces.ALL) {
      double expected = province.population() / (double) Provinces.totalPopulation();
      double actual = PER_PROVINCE.get(province.code()) / (double) CLINICS.size();
      assertEquals(expected, actual, 0.01, province.nameEn());
    }
  }

  @Test
  void mostSitesAreClinicsAndAFewAreCentres() {
    var byKind = CLINICS.stream().collect(groupingBy(ClinicRow::kind, counting()));
    assertTrue(byKind.get(ClinicKind.CENTER) >= 17 && byKind.get(ClinicKind.CENTER) <= 25);
    assertTrue(byKind.get(ClinicKind.HOSPITAL) > 20);
    assertTrue(byKind.get(ClinicKind.CLINIC) > CLINICS.size() / 2);
  }

  @Test
  void coordinatesLieInsideTheProvinceNearTheDistrictCentre() {
    for (var clinic : CLINICS) {
      var province = Provinces.byCode(clinic.provinceCode());
      var district =
          province.districts().stream()
              .filter(d -> d.name().equals(clinic.district()))
              .findFirst()
              .orElseThrow();
      assertTrue(
          province.bounds().contains(clinic.latitude(), clinic.longitude()), clinic::toString);
      assertEquals(district.latitude(), clinic.latitude(), 0.05, clinic::toString);
      assertEquals(district.longitude(), clinic.longitude(), 0.05, clinic::toString);
    }
  }

  @Test
  void addressAndPhoneBelongToTheProvince() {
    for (var clinic : CLINICS) {
      var province = Provinces.byCode(clinic.provinceCode());
      assertTrue(clinic.address().startsWith(province.nameKo() + " "), clinic::toString);
      assertTrue(clinic.address().matches(".+ [가-힣0-9]+[로길] \\d{1,3}"), clinic::toString);
      assertTrue(
          clinic.phone().matches(province.areaCode() + "-\\d{3,4}-\\d{4}"), clinic::toString);
      assertTrue(clinic.code().startsWith("C" + province.code()), clinic::toString);
    }
  }

  @Test
  void theSeoulCentreComesFirst() {
    var first = CLINICS.get(0);
    assertEquals("C110001", first.code());
    assertEquals("서울중구 예방접종센터", first.name());
    assertTrue(first.address().startsWith("서울특별시 중구 "), first.address());
  }

  @Test
  void clinicAdministratorsBelongToClinicsThatExist() {
    var seoul = clinic(DemoAccount.ALL.get(2).clinicCode());
    var busan = clinic(DemoAccount.ALL.get(3).clinicCode());
    assertEquals(ClinicKind.CENTER, seoul.kind());
    assertEquals("11", seoul.provinceCode());
    assertNotEquals(ClinicKind.CENTER, busan.kind());
    assertEquals("26", busan.provinceCode());
  }

  private static ClinicRow clinic(String code) {
    return CLINICS.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }
}
