package org.vaxline.demo.control;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.vaxline.demo.entity.ClinicKind;
import org.vaxline.demo.entity.ClinicRow;
import org.vaxline.demo.entity.Province;

/**
 * Vaccination sites spread over the provinces by population: every province has a vaccination
 * centre and at least {@value #MINIMUM_PER_PROVINCE} sites, a few hospitals, and mostly clinics, as
 * in 2021 when about 14,000 contracted clinics and some 270 centres vaccinated the country. Codes
 * read {@code C}, the province code and a four-digit number, so {@code C110001} is Seoul's first
 * site (its vaccination centre) whatever the seed.
 */
public final class ClinicGenerator {

  public static final int CLINIC_COUNT = 250;
  static final int MINIMUM_PER_PROVINCE = 3;

  /** One more centre for every this many sites in a province. */
  private static final int SITES_PER_CENTER = 20;

  private static final double HOSPITAL_SHARE = 0.2;

  /** Sites lie within about 3 km of their district's centre. */
  private static final double JITTER_DEGREES = 0.03;

  private final SplittableRandom random;
  private final ClinicNames names;

  public ClinicGenerator(long seed) {
    random = new SplittableRandom(seed);
    names = new ClinicNames(random);
  }

  public List<ClinicRow> generate() {
    int[] seats =
        Apportionment.seats(
            CLINIC_COUNT,
            MINIMUM_PER_PROVINCE,
            Provinces.ALL.stream().mapToInt(Province::population).toArray());
    var clinics = new ArrayList<ClinicRow>(CLINIC_COUNT);
    for (int p = 0; p < seats.length; p++) {
      var province = Provinces.ALL.get(p);
      int centers = Math.max(1, seats[p] / SITES_PER_CENTER);
      for (int i = 0; i < seats[p]; i++) {
        clinics.add(site(province, i, i < centers));
      }
    }
    return List.copyOf(clinics);
  }

  private ClinicRow site(Province province, int index, boolean center) {
    var districts = province.districts();
    var district =
        center
            ? districts.get(index % districts.size())
            : districts.get(random.nextInt(districts.size()));
    var kind =
        center
            ? ClinicKind.CENTER
            : random.nextDouble() < HOSPITAL_SHARE ? ClinicKind.HOSPITAL : ClinicKind.CLINIC;
    return new ClinicRow(
        "C%s%04d".formatted(province.code(), index + 1),
        names.name(kind, province, district),
        kind,
        province.code(),
        district.name(),
        names.address(province, district),
        jitter(district.latitude()),
        jitter(district.longitude()),
        phone(province));
  }

  /** Rounded to the micro-degree the clinic table keeps, so what is generated is what is stored. */
  private double jitter(double degrees) {
    double moved = degrees + random.nextDouble(-JITTER_DEGREES, JITTER_DEGREES);
    return Math.round(moved * 1_000_000) / 1_000_000.0;
  }

  /** Seoul numbers have a four-digit exchange; elsewhere three or four digits are both common. */
  private String phone(Province province) {
    int exchange =
        province.areaCode().equals("02") || random.nextBoolean()
            ? random.nextInt(2000, 10000)
            : random.nextInt(200, 1000);
    return "%s-%d-%04d".formatted(province.areaCode(), exchange, random.nextInt(10000));
  }
}
