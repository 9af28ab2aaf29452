package org.vaxline.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives a key for one purpose from a configured key: HKDF-Expand with HMAC-SHA-256 (RFC 5869
 * 2.3), one 32-byte block. The extract step is skipped because a configured key already is 32
 * random bytes (RFC 5869 3.3), so one secret can serve several purposes without any two sharing a
 * key.
 */
public final class Hkdf {

  private Hkdf() {}

  public static byte[] expand(byte[] key, String purpose) {
    return expand(key, purpose.getBytes(StandardCharsets.UTF_8));
  }

  /** T(1) = HMAC(key, info | 0x01). */
  static byte[] expand(byte[] key, byte[] info) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(info);
      mac.update((byte) 1);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
    }
  }
}
