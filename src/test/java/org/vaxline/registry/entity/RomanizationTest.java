package org.vaxline.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RomanizationTest {

  @Test
  void hongGildongIsWrittenHongGildong() {
    assertEquals(new Romanization.Name("홍", "길동", "HONG", "GILDONG"), Romanization.of("홍길동"));
  }

  @Test
  void soundChangesBetweenSyllablesOfAGivenNameAreNotWritten() {
    // The examples of the Revised Romanization, chapter 3, article 4 (1).
    assertEquals("BOKNAM", Romanization.of("한복남").givenTransliterated());
    assertEquals("BITNA", Romanization.of("홍빛나").givenTransliterated());
    assertEquals("HAN", Romanization.of("한복남").familyTransliterated());
  }

  @Test
  void rieulIsRBeforeAVowelLAtTheEndAndDoubledAsLl() {
    assertEquals("RIN", Romanization.icao("린"));
    assertEquals("BYEOL", Romanization.icao("별"));
    assertEquals("BYEOLLA", Romanization.icao("별라"));
  }

  @Test
  void theShowcaseResidentsNamesAsTheirPassesWouldCarryThem() {
    assertEquals(new Romanization.Name("김", "영호", "KIM", "YEONGHO"), Romanization.of("김영호"));
    assertEquals(new Romanization.Name("이", "미경", "LEE", "MIGYEONG"), Romanization.of("이미경"));
    assertEquals(new Romanization.Name("박", "성훈", "PARK", "SEONGHUN"), Romanization.of("박성훈"));
    assertEquals(new Romanization.Name("최", "지은", "CHOI", "JIEUN"), Romanization.of("최지은"));
    assertEquals(new Romanization.Name("정", "현우", "JUNG", "HYEONU"), Romanization.of("정현우"));
  }

  @Test
  void everyVowelAndFinalConsonantHasItsLetters() {
    assertEquals("AAEYAYAEEOEYEOYE", Romanization.icao("아애야얘어에여예"));
    assertEquals("OWAWAEOEYOUWOWEWIYUEUUII", Romanization.icao("오와왜외요우워웨위유으의이"));
    assertEquals("GAKGAKGANGATGALGAMGAPGATGANG", Romanization.icao("각갂간갇갈감갑갓강"));
    assertEquals("KKATTAPPASSAJJACHAKATAPAHA", Romanization.icao("까따빠싸짜차카타파하"));
  }

  @Test
  void compoundFamilyNamesTakeTwoSyllablesWhenAGivenNameFollows() {
    assertEquals(new Romanization.Name("남궁", "민수", "NAMGUNG", "MINSU"), Romanization.of("남궁민수"));
    assertEquals(new Romanization.Name("선", "우", "SEON", "U"), Romanization.of("선우"));
    assertEquals(
        new Romanization.Name("제갈", "공명", "JEGAL", "GONGMYEONG"), Romanization.of("제갈 공명"));
  }

  @Test
  void aNameInLatinLettersKeepsItsLettersInIcaoForm() {
    var name = Romanization.of("Müller Anna-Lena");
    assertEquals("MULLER", name.familyTransliterated());
    assertEquals("ANNA<LENA", name.givenTransliterated());
    var single = Romanization.of("김");
    assertEquals("KIM", single.familyTransliterated());
    assertNull(single.given());
  }

  @Test
  void nothingToWriteIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Romanization.of(" "));
    assertThrows(IllegalArgumentException.class, () -> Romanization.icao("123"));
  }
}
