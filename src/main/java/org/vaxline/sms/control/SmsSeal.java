package org.vaxline.sms.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.platform.control.SecretKeys;

/**
 * Seals what the outbox keeps (phone, words, code) with AES-256-GCM under {@code
 * vaxline.sms.seal-key}. Each column is its own associated data, so a sealed code cannot be passed
 * off as a text nor a phone as either. Without a key outside demo mode nothing can be written, and
 * readiness says so.
 */
@ApplicationScoped
public class SmsSeal {

  public static final String KEY = "vaxline.sms.seal-key";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  /** What a sealed value is, bound into its tag. */
  public enum Column {
    PHONE,
    TEXT,
    CODE
  }

  @Inject
  @ConfigProperty(name = KEY)
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private final SecureRandom random = new SecureRandom();
  private SecretKeySpec key;

  public SmsSeal() {}

  /** For tests and tools outside the container. */
  public SmsSeal(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  @PostConstruct
  void load() {
    SecretKeys.configuredOrDemo(KEY, configuredKey, demo)
        .ifPresent(bytes -> key = new SecretKeySpec(bytes, 0, 32, "AES"));
  }

  public boolean configured() {
    return key != null;
  }

  /** Nonce, then ciphertext and tag. */
  public byte[] seal(Column column, String value) {
    var nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      var cipher = cipher(Cipher.ENCRYPT_MODE, new GCMParameterSpec(TAG_BITS, nonce), column);
      var sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  public String unseal(Column column, byte[] sealed) {
    try {
      var cipher =
          cipher(
              Cipher.DECRYPT_MODE, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES), column);
      var plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed " + column + " failed its integrity check", e);
    }
  }

  private Cipher cipher(int mode, GCMParameterSpec parameters, Column column)
      throws GeneralSecurityException {
    if (key == null) {
      throw new IllegalStateException(KEY + " is not set: no text message can be kept");
    }
    var cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, parameters);
    cipher.updateAAD(("vaxline-sms-" + column.name()).getBytes(StandardCharsets.US_ASCII));
    return cipher;
  }
}
