package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SealingKeyTest {

  private static final byte[] PLAIN = "010-1964-0719".getBytes(StandardCharsets.UTF_8);
  private final SealingKey key = new SealingKey(filled('k'));

  @Test
  void aSealedValueOpensToItselfForItsPurpose() {
    var sealed = key.seal("resident.phone", PLAIN);
    assertArrayEquals(PLAIN, key.open("resident.phone", sealed));
    assertEquals(12 + PLAIN.length + 16, sealed.length, "nonce, ciphertext, tag");
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("0719"));
  }

  @Test
  void aValueSealedForOnePurposeDoesNotOpenForAnother() {
    var sealed = key.seal("resident.name", PLAIN);
    assertThrows(IllegalStateException.class, () -> key.open("resident.phone", sealed));
    assertThrows(IllegalStateException.class, () -> key.open("", sealed));
  }

  @Test
  void everySealTakesAFreshNonce() {
    var nonces = new HashSet<String>();
    for (int i = 0; i < 1000; i++) {
      nonces.add(HexFormat.of().formatHex(key.seal("resident.name", PLAIN), 0, 12));
    }
    assertEquals(1000, nonces.size());
  }

  @Test
  void aTamperedOrTruncatedValueIsRefused() {
    var sealed = key.seal("resident.name", PLAIN);
    sealed[sealed.length - 1] ^= 1;
    assertThrows(IllegalStateException.class, () -> key.open("resident.name", sealed));
    assertThrows(
        IllegalStateException.class, () -> key.open("resident.name", Arrays.copyOf(sealed, 20)));
  }

  @Test
  void anotherKeyCannotOpenIt() {
    var sealed = key.seal("resident.name", PLAIN);
    var other = new SealingKey(filled('x'));
    assertThrows(IllegalStateException.class, () -> other.open("resident.name", sealed));
  }

  @Test
  void onlyA256BitKeySeals() {
    assertThrows(IllegalArgumentException.class, () -> new SealingKey(new byte[16]));
  }

  private static byte[] filled(char fill) {
    var bytes = new byte[32];
    Arrays.fill(bytes, (byte) fill);
    return bytes;
  }
}
