package org.vaxline.sms.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.platform.control.SealingKey;
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

  private SealingKey key;

  public SmsSeal() {}

  /** For tests and tools outside the container. */
  public SmsSeal(byte[] key) {
    this.key = new SealingKey(key);
  }

  @PostConstruct
  void load() {
    SecretKeys.configuredOrDemo(KEY, configuredKey, demo)
        .ifPresent(bytes -> key = new SealingKey(Arrays.copyOf(bytes, 32)));
  }

  public boolean configured() {
    return key != null;
  }

  /** Nonce, then ciphertext and tag. */
  public byte[] seal(Column column, String value) {
    return required().seal(purpose(column), value.getBytes(StandardCharsets.UTF_8));
  }

  public String unseal(Column column, byte[] sealed) {
    return new String(required().open(purpose(column), sealed), StandardCharsets.UTF_8);
  }

  private SealingKey required() {
    if (key == null) {
      throw new IllegalStateException(KEY + " is not set: no text message can be kept");
    }
    return key;
  }

  private static String purpose(Column column) {
    return "vaxline-sms-" + column.name();
  }
}
