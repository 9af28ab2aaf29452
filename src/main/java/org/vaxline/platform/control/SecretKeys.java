package org.vaxline.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The keys every node shares for signing (sessions, queue tickets, puzzles): base64 from
 * configuration, or in demo mode a key derived from the property's name, which protects nothing and
 * is announced as such. Outside demo mode a missing key stays missing and the feature refuses to
 * sign.
 */
public final class SecretKeys {

  public static final int MIN_BYTES = 32;
  private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());

  private SecretKeys() {}

  public static Optional<byte[]> configuredOrDemo(
      String property, Optional<String> base64, boolean demo) {
    if (base64.isPresent()) {
      var key = Base64.getDecoder().decode(base64.get().strip());
      if (key.length < MIN_BYTES) {
        throw new IllegalStateException(property + " must be at least 32 bytes, base64");
      }
      return Optional.of(key);
    }
    if (!demo) {
      return Optional.empty();
    }
    LOG.warning(
        () ->
            "DEMO key in use: "
                + property
                + " is not set, so anyone who reads the source can forge what it signs");
    try {
      return Optional.of(
          MessageDigest.getInstance("SHA-256")
              .digest(("vaxline-demo-" + property).getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
