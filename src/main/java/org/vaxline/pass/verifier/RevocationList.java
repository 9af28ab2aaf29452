package org.vaxline.pass.verifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Set;

/**
 * Revoked passes as the EU DCC revocation lists carry them: hash type COUNTRYCODEUCI, the SHA-256
 * of the issuing country code followed by the certificate identifier (UVCI), both UTF-8, truncated
 * to its first 128 bits and base64-encoded (eu-digital-green-certificates/dgc-gateway,
 * RevocationHashTypeDto and RevocationBatchDto: "Base64 encoded first 128 Bits of the hash"). The
 * list names no one: a verifier can check a pass against it but cannot read who was revoked.
 */
public record RevocationList(Set<String> hashes) {

  private static final int HASH_BYTES = 16;

  public RevocationList {
    hashes = Set.copyOf(hashes);
  }

  public static RevocationList empty() {
    return new RevocationList(Set.of());
  }

  public static RevocationList of(Collection<String> base64Hashes) {
    return new RevocationList(Set.copyOf(base64Hashes));
  }

  /** The entry that revokes the pass with this issuing country (CWT iss) and UVCI. */
  public static String entryFor(String issuingCountry, String uvci) {
    try {
      var sha256 = MessageDigest.getInstance("SHA-256");
      var hash = sha256.digest((issuingCountry + uvci).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(Arrays.copyOf(hash, HASH_BYTES));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  public boolean revokes(String issuingCountry, String uvci) {
    return !hashes.isEmpty() && hashes.contains(entryFor(issuingCountry, uvci));
  }
}
