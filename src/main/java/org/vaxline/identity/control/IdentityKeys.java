package org.vaxline.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.identity.entity.ResidentRegistrationNumber;

/**
 * The two keys that protect resident registration numbers (ARCHITECTURE.md principle 7): an
 * HMAC-SHA-256 key whose hash finds a person, and an AES-256-GCM key that seals the number for the
 * masked display. Both come from configuration (environment or Payara password aliases). Demo mode
 * without configured keys derives fixed demo keys and says so loudly: they protect nothing.
 */
@ApplicationScoped
public class IdentityKeys {

  private static final Logger LOG = Logger.getLogger(IdentityKeys.class.getName());
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  @Inject
  @ConfigProperty(name = "vaxline.identity.hash-key")
  Optional<String> configuredHashKey;

  @Inject
  @ConfigProperty(name = "vaxline.identity.seal-key")
  Optional<String> configuredSealKey;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private final SecureRandom random = new SecureRandom();
  private SecretKeySpec hashKey;
  private SecretKeySpec sealKey;

  public IdentityKeys() {}

  /** For tests and tools outside the container. */
  public IdentityKeys(byte[] hashKey, byte[] sealKey) {
    use(hashKey, sealKey);
  }

  @PostConstruct
  void load() {
    if (configuredHashKey.isPresent() && configuredSealKey.isPresent()) {
      use(decode(configuredHashKey.get()), decode(configuredSealKey.get()));
    } else if (demo) {
      LOG.warning(
          "DEMO identity keys in use: vaxline.identity.hash-key and vaxline.identity.seal-key are"
              + " not set, so resident numbers are protected by keys anyone can derive");
      use(demoKey("hash"), demoKey("seal"));
    }
  }

  /** False until both keys are configured; readiness reports it. */
  public boolean configured() {
    return hashKey != null;
  }

  public byte[] hash(ResidentRegistrationNumber number) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(required(hashKey));
      return mac.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
    }
  }

  /**
   * A keyed hash of anything else that must be compared but not kept: one-time codes, client
   * addresses. The purpose is part of the input, so no two uses (nor the number hash, whose input
   * is 13 bare digits) can ever produce the same value from the same text.
   */
  public byte[] hash(String purpose, String value) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(required(hashKey));
      mac.update((purpose + "\u0000").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
    }
  }

  /** Returns nonce followed by ciphertext and tag. */
  public byte[] seal(ResidentRegistrationNumber number) {
    var nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, required(sealKey), new GCMParameterSpec(TAG_BITS, nonce));
      var sealed = cipher.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  public ResidentRegistrationNumber unseal(byte[] sealed) {
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          required(sealKey),
          new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      var digits = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
      return new ResidentRegistrationNumber(new String(digits, StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed resident number failed its integrity check", e);
    }
  }

  private void use(byte[] hash, byte[] seal) {
    if (hash.length < 32 || seal.length != 32) {
      throw new IllegalArgumentException("identity keys are 32 bytes (256 bits), base64-encoded");
    }
    hashKey = new SecretKeySpec(hash, "HmacSHA256");
    sealKey = new SecretKeySpec(seal, "AES");
  }

  private static SecretKeySpec required(SecretKeySpec key) {
    if (key == null) {
      throw new IllegalStateException(
          "identity keys are not configured: set vaxline.identity.hash-key and"
              + " vaxline.identity.seal-key");
    }
    return key;
  }

  private static byte[] decode(String base64) {
    return Base64.getDecoder().decode(base64.strip());
  }

  private static byte[] demoKey(String purpose) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(("vaxline-demo-" + purpose).getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
