package org.vaxline.pass.verifier;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The document-signer certificates a verifier trusts, by kid. A kid is a truncated hash, so two
 * signers may share one: a verifier must try each (HCERT 1.0.8 §3.3.3).
 */
public record TrustList(Map<Kid, List<X509Certificate>> signers) {

  public TrustList {
    signers =
        signers.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** Keys each certificate by the kid HCERT §A.1 computes from it. */
  public static TrustList of(Collection<X509Certificate> certificates) {
    return new TrustList(
        certificates.stream()
            .collect(Collectors.groupingBy(Kid::of, Collectors.toUnmodifiableList())));
  }

  public List<X509Certificate> signersOf(Kid kid) {
    return signers.getOrDefault(kid, List.of());
  }
}
