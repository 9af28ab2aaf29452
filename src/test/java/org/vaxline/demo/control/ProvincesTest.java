package org.vaxline.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vaxline.demo.entity.Province;

class ProvincesTest {

  @Test
  void theSeventeenProvincesHaveTheirAdministrativeCodes() {
    assertEquals(
        List.of(
            "11", "26", "27", "28", "29", "30", "31", "36", "41", "42", "43", "44", "45", "46",
            "47", "48", "50"),
        Provinces.ALL.stream().map(Province::code).toList());
    assertEquals("강원도", Provinces.byCode("42").nameKo());
  }

  /**
   * Migration V4 inserts the provinces for production and the demo builds on them, so the two lists
   * must not drift apart. Maven runs tests in the project directory, where db/ is.
   */
  @Test
  void areExactlyTheProvincesMigrationV4Inserts() throws IOException {
    var sql = Files.readString(Path.of("db", "V4__provinces_and_vaccines.sql"));
    var tuple = Pattern.compile("\\('(\\d{2})', '([^']+)', '([^']+)'\\)");
    var inserted =
        tuple.matcher(sql).results().map(m -> List.of(m.group(1), m.group(2), m.group(3)));
    var ours = Provinces.ALL.stream().map(p -> List.of(p.code(), p.nameKo(), p.nameEn()));
    assertEquals(ours.toList(), inserted.toList());
  }

  @Test
  void eachProvinceDialsItsOwnAreaCode() {
    assertEquals(
        List.of(
            "02", "051", "053", "032", "062", "042", "052", "044", "031", "033", "043", "041",
            "063", "061", "054", "055", "064"),
        Provinces.ALL.stream().map(Province::areaCode).toList());
  }

  @Test
  void populationAddsUpToKoreasFiftyOneAndAHalfMillion() {
    int total = Provinces.totalPopulation();
    assertTrue(total > 51_400 && total < 51_900, "thousands " + total);
    double seoul = Provinces.byCode("11").population() / (double) total;
    double gyeonggi = Provinces.byCode("41").population() / (double) total;
    assertEquals(0.184, seoul, 0.005);
    assertEquals(0.263, gyeonggi, 0.005);
  }

  /** Clinics sit up to 0.03° from their district's centre and must stay in the province. */
  @Test
  void everyDistrictLiesWellInsideItsProvince() {
    double margin = 0.03;
    for (var province : Provinces.ALL) {
      for (var d : province.districts()) {
        var box = province.bounds();
        assertTrue(box.contains(d.latitude() - margin, d.longitude() - margin), d::toString);
        assertTrue(box.contains(d.latitude() + margin, d.longitude() + margin), d::toString);
      }
    }
  }

  @Test
  void noTwoProvincesShareARegistrationPlacePrefix() {
    var seen = new HashSet<Integer>();
    for (var province : Provinces.ALL) {
      for (int prefix : province.placePrefixes()) {
        assertTrue(prefix >= 0 && prefix <= 99);
        assertTrue(seen.add(prefix), province.nameEn() + " " + prefix);
      }
    }
  }

  @Test
  void sitesAreApportionedByPopulationAboveAFloor() {
    int[] seats = Apportionment.seats(10, 2, new int[] {700, 200, 100});
    assertEquals(List.of(6, 2, 2), List.of(seats[0], seats[1], seats[2]));
    int[] even = Apportionment.seats(9, 0, new int[] {1, 1, 1});
    assertEquals(List.of(3, 3, 3), List.of(even[0], even[1], even[2]));
  }
}
