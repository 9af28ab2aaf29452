package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HkdfTest {

  private static final HexFormat HEX = HexFormat.of();

  /** RFC 5869 appendix A.1: the PRK given there, its info, and the first 32 bytes of its OKM. */
  @Test
  void expandsAsRfc5869sFirstTestCase() {
    var prk = HEX.parseHex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5");
    var info = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9");
    assertArrayEquals(
        HEX.parseHex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"),
        Hkdf.expand(prk, info));
  }

  @Test
  void eachPurposeGetsItsOwnKey() {
    var key = new byte[32];
    assertFalse(
        Arrays.equals(
            Hkdf.expand(key, "seal resident.name"), Hkdf.expand(key, "seal resident.phone")));
  }
}
