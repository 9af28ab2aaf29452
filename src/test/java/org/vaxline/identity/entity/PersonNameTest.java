package org.vaxline.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void namesAreMaskedBetweenFirstAndLastCharacter() {
    assertEquals("김*호", new PersonName("김영호").masked());
    assertEquals("남**수", new PersonName("남궁민수").masked());
    assertEquals("김*", new PersonName("김수").masked());
  }

  @Test
  void aNameEnteredInAnotherUnicodeFormMasksAlike() {
    var decomposed = Normalizer.normalize("김영호", Normalizer.Form.NFD);
    assertEquals("김*호", new PersonName(decomposed).masked());
    assertEquals("김*호", PersonName.normalized(Normalizer.normalize(" 김*호", Normalizer.Form.NFD)));
  }

  @Test
  void theEnteredNameMatchesInAnyUnicodeFormAndWithSurroundingSpace() {
    var name = new PersonName("김영호");
    assertTrue(name.matches(" 김영호 "));
    assertTrue(name.matches(Normalizer.normalize("김영호", Normalizer.Form.NFD)));
    assertFalse(name.matches("김영수"));
    assertFalse(name.matches(null));
  }

  @Test
  void aNameIsNeverPrintedInFull() {
    assertEquals("PersonName[김*호]", new PersonName("김영호").toString());
  }

  @Test
  void aBlankNameIsNoName() {
    assertThrows(IllegalArgumentException.class, () -> new PersonName("  "));
  }

  @Test
  void theBlindIndexesCoverTheMaskedNameAndThePhonesLastFourDigits() {
    assertEquals("김*호", ContactColumn.NAME.indexed("김영호"));
    assertEquals("0719", ContactColumn.PHONE.indexed("010-1964-0719"));
    assertEquals("0719", ContactColumn.PHONE.indexed("+82 10 1964 0719"));
    assertThrows(IllegalArgumentException.class, () -> ContactColumn.PHONE.indexed("12-3"));
  }
}
