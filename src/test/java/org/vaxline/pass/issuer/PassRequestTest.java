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
  static final List<DoseGiven> ONE_DOSE = List.of(comirnaty(1, 2, LocalDate.of(2021, 11, 8)));

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
  void aPassNeedsADoseAndAnExpiryAfterItsIssue() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PassRequest("홍", null, "HONG", null, DOB, List.of(), IAT, EXP));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PassRequest("홍", null, "HONG", null, DOB, ONE_DOSE, IAT, IAT));
  }

  @Test
  void thePassStatesTheLatestDoseWhateverTheOrderGiven() {
    var booster = comirnaty(3, 2, LocalDate.of(2022, 1, 3));
    var request =
        IssuerFixtures.request(
            IAT,
            EXP,
            booster,
            comirnaty(1, 2, LocalDate.of(2021, 11, 8)),
            comirnaty(2, 2, LocalDate.of(2021, 12, 6)));
    assertEquals(booster, request.latestDose());
  }

  @Test
  void doseNumbersAreOneToNineAsTheDccSchemaAllows() {
    assertThrows(IllegalArgumentException.class, () -> comirnaty(0, 2, DOB));
    assertThrows(IllegalArgumentException.class, () -> comirnaty(10, 2, DOB));
  }
}
