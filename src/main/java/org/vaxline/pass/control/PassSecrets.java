package org.vaxline.pass.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for one purpose each, derived from the one pass secret ({@code vaxline.pass.key}) by
 * HMAC-SHA-256 over the purpose's name (the extract-then-expand idea of RFC 5869 in its simplest
 * form: the secret is already uniformly random), so that a check-in code's key never signs anything
 * else.
 */
final class PassSecrets {

  private PassSecrets() {}

  static byte[] derive(byte[] secret, String purpose) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HMAC-SHA-256", e);
    }
  }
}
