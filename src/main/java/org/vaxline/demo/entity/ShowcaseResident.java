package org.vaxline.demo.entity;

import java.time.LocalDate;
import java.util.List;
import org.vaxline.identity.entity.ResidentRegistrationNumber;
import org.vaxline.identity.entity.Sex;

/**
 * A fixed person in the demo country, one per interesting case of the 2021 campaign, for a reader
 * to try the demo with. They are the first residents loaded whatever the seed. Their numbers use
 * registration-place codes ending 95 to 98 and their phones 010-1xxx, which the generator never
 * gives anyone else.
 *
 * @param rrn the 13-digit resident registration number
 * @param why the case this person shows
 */
public record ShowcaseResident(
    String name,
    String rrn,
    LocalDate birthDate,
    Sex sex,
    String phone,
    String provinceCode,
    String why) {

  public static final List<ShowcaseResident> ALL =
      List.of(
          new ShowcaseResident(
              "김영호",
              "6407191019518",
              LocalDate.of(1964, 7, 19),
              Sex.M,
              "010-1964-0719",
              "11",
              "aged 56: the 55-59 cohort, whose booking opened 2021-07-12 00:00 KST"),
          new ShowcaseResident(
              "이미경",
              "6703092109621",
              LocalDate.of(1967, 3, 9),
              Sex.F,
              "010-1967-0309",
              "26",
              "aged 54: the 53-54 cohort"),
          new ShowcaseResident(
              "박성훈",
              "7011021189733",
              LocalDate.of(1970, 11, 2),
              Sex.M,
              "010-1970-1102",
              "41",
              "aged 50: the 50-52 cohort"),
          new ShowcaseResident(
              "최지은",
              "8904292139819",
              LocalDate.of(1989, 4, 29),
              Sex.F,
              "010-1989-0429",
              "28",
              "aged 32: the 18-49 cohort, booking on days for birth dates ending in 9 (10부제); a health"
                  + " worker in the demo, so also in the health workers' campaign"),
          new ShowcaseResident(
              "정현우",
              "9508201409521",
              LocalDate.of(1995, 8, 20),
              Sex.M,
              "010-1995-0820",
              "30",
              "aged 25: the 18-49 cohort, birth date ending in 0"),
          new ShowcaseResident(
              "강서연",
              "1005054029647",
              LocalDate.of(2010, 5, 5),
              Sex.F,
              "010-1010-0505",
              "11",
              "aged 11: a child, not eligible in 2021"));

  /** The showcase resident the demo puts in the HEALTH_WORKER priority group. */
  public static final ShowcaseResident HEALTH_WORKER = ALL.get(3);

  public ResidentRegistrationNumber number() {
    return new ResidentRegistrationNumber(rrn);
  }

  public ResidentRow row() {
    return new ResidentRow(number(), name, birthDate, sex, phone, provinceCode);
  }
}
