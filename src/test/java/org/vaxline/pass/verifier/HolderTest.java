package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HolderTest {

  @Test
  void aHangulNameIsMaskedAsOneWordKeepingItsFirstAndLastSyllable() {
    assertEquals("홍*동", new Holder("홍", "길동", "").maskedName());
    assertEquals("남**수", new Holder("남궁", "민수", "").maskedName());
  }

  @Test
  void twoSyllablesShowOnlyTheFirst() {
    assertEquals("이*", new Holder("이", "나", "").maskedName());
  }

  @Test
  void aLatinNameIsMaskedWordByWordKeepingPunctuation() {
    assertEquals(
        "M*********-*******r G******e",
        new Holder("Musterfrau-Gößinger", "Gabriele", "").maskedName());
  }

  @Test
  void aDccWithoutIssuedNamesShowsTheStandardisedOnes() {
    assertEquals("H**G", new DccName(null, "HONG", null, null).holder("").maskedName());
  }

  @Test
  void onlyTheBirthYearIsShown() {
    assertEquals("1980-**-**", new Holder("", "", "1980-03-14").maskedBirthDate());
    assertEquals("1980-**", new Holder("", "", "1980-03").maskedBirthDate());
    assertEquals("1980", new Holder("", "", "1980").maskedBirthDate());
    assertEquals("", new Holder("", "", null).maskedBirthDate());
  }
}
