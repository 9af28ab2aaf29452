package org.vaxline.pass.verifier;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Revoked SMART Health Cards, as issuers publish them per key ({@code /.well-known/crl/<kid>.json},
 * method {@code rid}): entries {@code rid} or {@code rid.timestamp}. A card is revoked if its rid
 * is listed and, where a timestamp is given, its {@code nbf} is before that timestamp (SHC
 * framework, "Revocation").
 */
public record ShcRevocationList(Map<String, List<String>> entriesByKid) {

  public ShcRevocationList {
    entriesByKid =
        entriesByKid.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  public static ShcRevocationList empty() {
    return new ShcRevocationList(Map.of());
  }

  public static ShcRevocationList of(String kid, Collection<String> rids) {
    return new ShcRevocationList(Map.of(kid, List.copyOf(rids)));
  }

  public boolean revokes(String kid, String rid, Instant notBefore) {
    if (rid == null) {
      return false;
    }
    for (var entry : entriesByKid.getOrDefault(kid, List.of())) {
      var dot = entry.indexOf('.');
      var listed = dot < 0 ? entry : entry.substring(0, dot);
      if (listed.equals(rid) && (dot < 0 || issuedBefore(notBefore, entry.substring(dot + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean issuedBefore(Instant notBefore, String epochSeconds) {
    try {
      return notBefore.isBefore(Instant.ofEpochSecond(Long.parseLong(epochSeconds)));
    } catch (NumberFormatException e) {
      // An unreadable timestamp cannot narrow the revocation: the rid stays revoked.
      return true;
    }
  }
}
