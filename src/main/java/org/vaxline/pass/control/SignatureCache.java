package org.vaxline.pass.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.vaxline.pass.verifier.HcertAuthentication;

/**
 * Remembers, per pass, whether its signature held: the ECDSA check (about a millisecond) is the
 * dearest step of a scan, and a pass is scanned again and again (the same phone at every venue).
 * Only the time-independent half is kept ({@link HcertAuthentication}); validity window, revocation
 * and the rules are judged afresh on every scan. Only authentic passes are kept. Keyed by the
 * SHA-256 of the QR text, bounded (least recently used goes first), per node, for one trust list: a
 * new list starts empty.
 */
public final class SignatureCache {

  private final Map<String, HcertAuthentication> byDigest;

  public SignatureCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a cache holds at least one pass");
    }
    this.byDigest =
        new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, HcertAuthentication> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The remembered result for this QR text, or the one {@code authenticate} gives, remembered. */
  public HcertAuthentication authenticate(
      String qrText, Function<String, HcertAuthentication> authenticate) {
    var digest = digest(qrText);
    synchronized (byDigest) {
      var known = byDigest.get(digest);
      if (known != null) {
        return known;
      }
    }
    // Outside the lock: two scans of a new pass at once both verify, which is harmless.
    var result = authenticate.apply(qrText);
    if (result instanceof HcertAuthentication.Authentic) {
      // Only authentic passes: garbage, however much of it, cannot push them out.
      synchronized (byDigest) {
        byDigest.put(digest, result);
      }
    }
    return result;
  }

  public int size() {
    synchronized (byDigest) {
      return byDigest.size();
    }
  }

  private static String digest(String qrText) {
    try {
      var sha256 = MessageDigest.getInstance("SHA-256");
      return Base64.getEncoder()
          .encodeToString(sha256.digest(qrText.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
