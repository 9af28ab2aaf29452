package org.vaxline.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vaxline.sms.control.SmsSeal.Column;

class SmsSealTest {

  private final SmsSeal seal = new SmsSeal(key('s'));

  @Test
  void aSealedValueOpensToItselfAndHoldsNothingInClear() {
    var sealed = seal.seal(Column.PHONE, "010-1234-0719");
    assertEquals("010-1234-0719", seal.unseal(Column.PHONE, sealed));
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("0719"));
  }

  @Test
  void theSameValueSealsDifferentlyEachTime() {
    assertFalse(Arrays.equals(seal.seal(Column.CODE, "123456"), seal.seal(Column.CODE, "123456")));
  }

  @Test
  void aValueSealedForOneColumnDoesNotOpenAsAnother() {
    var code = seal.seal(Column.CODE, "123456");
    assertThrows(IllegalStateException.class, () -> seal.unseal(Column.TEXT, code));
  }

  @Test
  void anotherKeyCannotOpenIt() {
    var sealed = seal.seal(Column.TEXT, "안녕하세요");
    assertThrows(
        IllegalStateException.class, () -> new SmsSeal(key('x')).unseal(Column.TEXT, sealed));
    assertNotEquals(0, sealed.length);
  }

  @Test
  void withoutAKeyNothingIsSealed() {
    assertThrows(IllegalStateException.class, () -> new SmsSeal().seal(Column.TEXT, "x"));
  }

  private static byte[] key(char fill) {
    var key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
