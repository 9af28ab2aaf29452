package org.vaxline.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.identity.entity.ResidentRegistrationNumber;

class ShowcaseResidentTest {

  @Test
  void everyShowcaseNumberIsValidAndMatchesThePerson() {
    for (var person : ShowcaseResident.ALL) {
      var number = ResidentRegistrationNumber.parse(person.rrn());
      assertEquals(person.birthDate(), number.birthDate(), person.name());
      assertEquals(person.sex(), number.sex(), person.name());
      assertTrue(number.hasValidCheckDigit(), person.name());
      assertTrue(
          Provinces.byCode(person.provinceCode())
              .placePrefixes()
              .contains(Integer.parseInt(person.rrn().substring(7, 9))),
          person.name());
    }
  }

  /** The generator keeps community numbers 90-99 and phones 010-1xxx for these people. */
  @Test
  void showcaseNumbersAndPhonesLieOutsideWhatTheGeneratorHandsOut() {
    for (var person : ShowcaseResident.ALL) {
      int community = Integer.parseInt(person.rrn().substring(9, 11));
      assertTrue(community >= RegistrationPlaces.COMMUNITIES, person.name());
      assertTrue(person.phone().startsWith("010-1"), person.name());
    }
  }

  @Test
  void theCohortsOfSummer2021AreEachRepresented() {
    var ages = ShowcaseResident.ALL.stream().map(p -> AgePyramid.ageOf(p.birthDate())).toList();
    assertEquals(java.util.List.of(56, 54, 50, 32, 25, 11), ages);
    assertEquals(9, ShowcaseResident.ALL.get(3).birthDate().getDayOfMonth() % 10);
  }
}
