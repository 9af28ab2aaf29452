package org.vaxline.pass.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UvciTest {

  static final Uvci UVCI = Uvci.random(new SplittableRandom(7));

  @Test
  void aUvciFollowsTheEuStructureWithKoreaAsCountry() {
    assertTrue(UVCI.value().matches("URN:UVCI:01:KR:[0-9A-Z]{20}#[0-9A-Z]"), UVCI.value());
    // DCC schema 1.3.0: ci is at most 80 characters.
    assertTrue(UVCI.value().length() <= 80);
  }

  /**
   * ISO/IEC 7064 hybrid system M+1,M with M = 36: run over the characters and the check character,
   * the last intermediate sum is 1.
   */
  @Test
  void theChecksumIsIso7064Mod3736() {
    final int m = 36;
    var product = m;
    var sum = 0;
    for (var c : UVCI.value().toCharArray()) {
      var digit = Uvci.ALPHABET.indexOf(c);
      if (digit >= 0) {
        sum = (product + digit) % m;
        product = (sum == 0 ? m : sum) * 2 % (m + 1);
      }
    }
    assertEquals(1, sum);
  }

  @Test
  void everySingleMistypedCharacterIsCaught() {
    var value = UVCI.value();
    for (var at = "URN:UVCI:01:KR:".length(); at < value.length(); at++) {
      if (value.charAt(at) == '#') {
        continue;
      }
      for (var c : Uvci.ALPHABET.toCharArray()) {
        if (c != value.charAt(at)) {
          var typo = value.substring(0, at) + c + value.substring(at + 1);
          assertThrows(IllegalArgumentException.class, () -> new Uvci(typo), typo);
        }
      }
    }
  }

  @Test
  void swappingTwoNeighbouringCharactersIsCaught() {
    var value = UVCI.value();
    var hash = value.indexOf('#');
    for (var at = "URN:UVCI:01:KR:".length(); at + 1 < hash; at++) {
      if (value.charAt(at) != value.charAt(at + 1)) {
        var swapped =
            value.substring(0, at)
                + value.charAt(at + 1)
                + value.charAt(at)
                + value.substring(at + 2);
        assertThrows(IllegalArgumentException.class, () -> new Uvci(swapped), swapped);
      }
    }
  }

  @Test
  void twoRandomUvcisDiffer() {
    var random = new SplittableRandom(11);
    assertNotEquals(Uvci.random(random), Uvci.random(random));
  }

  @Test
  void theSameBytesNameTheSameUvciAndOtherBytesAnother() {
    var bytes = new byte[32];
    bytes[31] = 7;
    assertEquals(Uvci.fromBytes(bytes), Uvci.fromBytes(bytes.clone()));
    assertEquals(
        "URN:UVCI:01:KR:00000000000000000007#", Uvci.fromBytes(bytes).value().substring(0, 36));
    bytes[0] = 1;
    assertNotEquals(Uvci.fromBytes(new byte[32]), Uvci.fromBytes(bytes));
  }
}
