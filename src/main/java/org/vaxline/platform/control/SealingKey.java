package org.vaxline.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256-GCM key that seals values kept at rest. Each seal takes a fresh random 12-byte nonce
 * (NIST SP 800-38D 8.2.2), and what the value is for goes in as associated data, so a value sealed
 * for one column fails its tag when opened as another. A sealed value is the nonce followed by the
 * ciphertext and the 16-byte tag.
 */
public final class SealingKey {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public SealingKey(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("a sealing key is 32 bytes (AES-256)");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /**
   * @param purpose the associated data; empty for none (how registration numbers have been sealed
   *     since V2, which must keep opening)
   */
  public byte[] seal(String purpose, byte[] plain) {
    var nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      var sealed =
          cipher(Cipher.ENCRYPT_MODE, new GCMParameterSpec(TAG_BITS, nonce), purpose)
              .doFinal(plain);
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** The value sealed for this purpose under this key; anything else fails. */
  public byte[] open(String purpose, byte[] sealed) {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw broken(purpose, null);
    }
    try {
      return cipher(
              Cipher.DECRYPT_MODE, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES), purpose)
          .doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw broken(purpose, e);
    }
  }

  private Cipher cipher(int mode, GCMParameterSpec parameters, String purpose)
      throws GeneralSecurityException {
    var cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, parameters);
    if (!purpose.isEmpty()) {
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
    }
    return cipher;
  }

  private static IllegalStateException broken(String purpose, Exception cause) {
    var what = purpose.isEmpty() ? "value" : purpose;
    return new IllegalStateException("a sealed " + what + " failed its integrity check", cause);
  }
}
