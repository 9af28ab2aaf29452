package org.vaxline.pass.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vaxline.pass.issuer.IssuerFixtures.EXP;
import static org.vaxline.pass.issuer.IssuerFixtures.IAT;
import static org.vaxline.pass.issuer.IssuerFixtures.comirnaty;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassRequestTest {

  static final LocalDate DOB = LocalDate.of(1980, 3, 14);
  static final DoseGiven ONE_DOSE = comirnaty(1, 2, LocalDate.of(2021, 11, 8));

  @Test
  void standardisedNamesAreIcao9303CapitalsWithAngleBracketsForSpaces() {
    var request = new PassRequest("남궁", "민수", "NAMGUNG", "MIN<SU", DOB, ONE_DOSE, IAT, EXP);
    assertEquals("MIN<SU", request.givenNameTransliterated());
    for (var bad : new String[] {"Hong", "HONG GILDONG", "홍", "", "HONG-KIM"}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new PassRequest("홍", "길동", bad, null, DOB, ONE_DOSE, IAT, EXP),
          bad);
    }
  }

  @Test
  void aPassNeedsAStatementAndAnExpiryAfterItsIssue() {
    assertThrows(
        NullPointerException.class,
        () -> new PassRequest("홍", null, "HONG", null, DOB, null, IAT, EXP));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PassRequest("홍", null, "HONG", null, DOB, ONE_DOSE, IAT, IAT));
  }

  @Test
  void theLatestDoseIsTheLaterDayThenTheHigherNumber() {
    var booster = comirnaty(3, 2, LocalDate.of(2022, 1, 3));
    var sameDay = comirnaty(2, 2, LocalDate.of(2022, 1, 3));
    var doses = List.of(booster, comirnaty(1, 2, LocalDate.of(2021, 11, 8)), sameDay);
    assertEquals(booster, doses.stream().max(DoseGiven.LATEST).orElseThrow());
  }

  @Test
  void doseNumbersAreOneToNineAsTheDccSchemaAllows() {
    assertThrows(IllegalArgumentException.class, () -> comirnaty(0, 2, DOB));
    assertThrows(IllegalArgumentException.class, () -> comirnaty(10, 2, DOB));
  }
}
