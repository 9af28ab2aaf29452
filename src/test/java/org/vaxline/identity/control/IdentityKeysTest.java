package org.vaxline.identity.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vaxline.identity.entity.ResidentRegistrationNumber;

class IdentityKeysTest {

  private static final ResidentRegistrationNumber NUMBER =
      ResidentRegistrationNumber.parse("660719-1234567");

  private final IdentityKeys keys = new IdentityKeys(key('h'), key('s'));

  @Test
  void theHashFindsTheSamePersonEveryTime() {
    assertEquals(32, keys.hash(NUMBER).length);
    assertArrayEquals(
        keys.hash(NUMBER), keys.hash(ResidentRegistrationNumber.parse("6607191234567")));
  }

  @Test
  void theHashDependsOnTheKeySoItCannotBeRecomputedWithoutIt() {
    var otherKeys = new IdentityKeys(key('x'), key('s'));
    assertFalse(Arrays.equals(keys.hash(NUMBER), otherKeys.hash(NUMBER)));
  }

  @Test
  void aSealedNumberOpensOnlyToItself() {
    var sealed = keys.seal(NUMBER);
    assertEquals(NUMBER, keys.unseal(sealed));
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("6607191234567"));
  }

  @Test
  void sealingTwiceGivesDifferentBytes() {
    assertFalse(Arrays.equals(keys.seal(NUMBER), keys.seal(NUMBER)));
  }

  @Test
  void aTamperedSealIsRefused() {
    var sealed = keys.seal(NUMBER);
    sealed[sealed.length - 1] ^= 1;
    assertThrows(IllegalStateException.class, () -> keys.unseal(sealed));
  }

  @Test
  void keysShorterThan256BitsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new IdentityKeys(new byte[16], key('s')));
    assertThrows(IllegalArgumentException.class, () -> new IdentityKeys(key('h'), new byte[16]));
  }

  @Test
  void withoutKeysNothingIsHashedAndTheMessageSaysWhatToSet() {
    var unconfigured = new IdentityKeys();
    assertFalse(unconfigured.configured());
    var refusal = assertThrows(IllegalStateException.class, () -> unconfigured.hash(NUMBER));
    assertTrue(refusal.getMessage().contains("vaxline.identity.hash-key"));
  }

  private static byte[] key(char fill) {
    var key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
