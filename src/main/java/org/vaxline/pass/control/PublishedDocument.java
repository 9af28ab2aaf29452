package org.vaxline.pass.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A list verifiers download and cache (the trust list, the revocation list): its version, the exact
 * bytes served and their strong entity tag (RFC 9110 §8.8.3), which is a hash of those bytes, so
 * every node serving the same bytes answers a revalidation the same way.
 */
public record PublishedDocument(String version, String body) {

  public PublishedDocument {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(body, "body");
  }

  public String etag() {
    return "\"" + hash(body) + "\"";
  }

  /**
   * Whether an If-None-Match header names this representation: {@code *}, or one of its entity tags
   * under the weak comparison that RFC 9110 §13.1.2 prescribes for If-None-Match.
   */
  public boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null || ifNoneMatch.length() > 4096) {
      return false;
    }
    var ours = etag();
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals("*") || tag.equals(ours));
  }

  /** 128 bits of SHA-256, base64url: collision-free for any practical number of versions. */
  static String hash(String text) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
