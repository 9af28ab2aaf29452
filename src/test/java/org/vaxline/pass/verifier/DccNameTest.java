package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DccNameTest {

  @Test
  void aHangulNameIsMaskedAsOneWordKeepingItsFirstAndLastSyllable() {
    assertEquals("홍*동", new DccName("홍", "HONG", "길동", "GILDONG").masked());
    assertEquals("남**수", new DccName("남궁", "NAMGUNG", "민수", "MINSU").masked());
  }

  @Test
  void twoSyllablesShowOnlyTheFirst() {
    assertEquals("이*", new DccName("이", "LEE", "나", "NA").masked());
  }

  @Test
  void aLatinNameIsMaskedWordByWordKeepingPunctuation() {
    assertEquals(
        "M*********-*******r G******e",
        new DccName("Musterfrau-Gößinger", "MUSTERFRAU<GOESSINGER", "Gabriele", "GABRIELE")
            .masked());
  }

  @Test
  void theStandardisedNameStandsInForAMissingOne() {
    assertEquals("H**G", new DccName(null, "HONG", null, null).masked());
  }
}
