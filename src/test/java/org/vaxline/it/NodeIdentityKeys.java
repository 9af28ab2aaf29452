package org.vaxline.it;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.vaxline.identity.control.IdentityKeys;

/**
 * Identity keys made for a test's nodes and handed to them as manuals/operations.md configures
 * them, so the test can find residents by hash and unseal what the nodes sealed.
 */
public record NodeIdentityKeys(byte[] hashKey, byte[] sealKey) {

  public static NodeIdentityKeys random() {
    var random = new SecureRandom();
    var hash = new byte[32];
    var seal = new byte[32];
    random.nextBytes(hash);
    random.nextBytes(seal);
    return new NodeIdentityKeys(hash, seal);
  }

  public Map<String, String> environment() {
    var base64 = Base64.getEncoder();
    return Map.of(
        "VAXLINE_IDENTITY_HASH_KEY", base64.encodeToString(hashKey),
        "VAXLINE_IDENTITY_SEAL_KEY", base64.encodeToString(sealKey));
  }

  public IdentityKeys keys() {
    return new IdentityKeys(hashKey, sealKey);
  }
}
