package org.vaxline.pass.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.platform.control.SecretKeys;

/**
 * The pass feature's secret ({@code vaxline.pass.key}, the same on every node), and keys for one
 * purpose each derived from it by HMAC-SHA-256 over the purpose's name (RFC 5869's expand step in
 * its simplest form, the secret being uniformly random already): check-in codes are signed with
 * one, UVCIs derived with another, so neither key ever serves the other purpose.
 */
@ApplicationScoped
public class PassSecret {

  static final String KEY = "vaxline.pass.key";

  @Inject
  @ConfigProperty(name = KEY)
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private byte[] secret;

  @PostConstruct
  void load() {
    secret = SecretKeys.configuredOrDemo(KEY, configured, demo).orElse(null);
  }

  /** The key for one purpose; {@link PassKeysUnavailable} when no secret is configured. */
  public byte[] keyFor(String purpose) {
    if (secret == null) {
      throw new PassKeysUnavailable();
    }
    return hmac(secret, purpose.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] hmac(byte[] key, byte[] message) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HMAC-SHA-256", e);
    }
  }
}
