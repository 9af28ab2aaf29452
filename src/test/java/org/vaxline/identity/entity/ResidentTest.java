package org.vaxline.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ResidentTest {

  @Test
  void namesAreMaskedBetweenFirstAndLastCharacter() {
    assertEquals("김*호", named("김영호").maskedName());
    assertEquals("남**수", named("남궁민수").maskedName());
    assertEquals("김*", named("김수").maskedName());
  }

  @Test
  void theEnteredNameMatchesInAnyUnicodeFormAndWithSurroundingSpace() {
    var resident = named("김영호");
    assertTrue(resident.isNamed(" 김영호 "));
    assertTrue(resident.isNamed(Normalizer.normalize("김영호", Normalizer.Form.NFD)));
    assertFalse(resident.isNamed("김영수"));
    assertFalse(resident.isNamed(null));
  }

  private static Resident named(String name) {
    var resident = new Resident();
    resident.name = name;
    return resident;
  }
}
