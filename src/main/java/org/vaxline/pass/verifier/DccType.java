package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The three kinds of DCC, with the extended key usage that lets a document signer sign each (HCERT
 * 1.0.8 §A.4). The early {@code 1.3.6.1.4.1.0.1847…} arc, issued by some countries in 2021, is
 * accepted too, as the EU reference verifiers do.
 */
public enum DccType {
  TEST("t", "1.3.6.1.4.1.1847.2021.1.1", "1.3.6.1.4.1.0.1847.2021.1.1"),
  VACCINATION("v", "1.3.6.1.4.1.1847.2021.1.2", "1.3.6.1.4.1.0.1847.2021.1.2"),
  RECOVERY("r", "1.3.6.1.4.1.1847.2021.1.3", "1.3.6.1.4.1.0.1847.2021.1.3");

  private final String key;
  private final Set<String> keyUsages;

  DccType(String key, String... keyUsages) {
    this.key = key;
    this.keyUsages = Set.of(keyUsages);
  }

  /** The DCC key under which its entries are. */
  public String key() {
    return key;
  }

  /** The kind of a raw DCC: the one of {@code v}, {@code t}, {@code r} that it holds. */
  static DccType of(CBORObject dcc) throws Rejection {
    var kinds =
        Stream.of(values())
            .filter(type -> dcc.getType() == CBORType.Map && dcc.ContainsKey(type.key))
            .toList();
    if (kinds.size() != 1) {
      throw new Rejection(HcertReason.SCHEMA, "a DCC holds exactly one of v, t and r");
    }
    return kinds.get(0);
  }

  /**
   * A signer with no DCC key usage may sign every kind; one with any may sign only the kinds it
   * names (HCERT §A.4).
   */
  public boolean allowedBy(X509Certificate signer) {
    var usages = dccKeyUsages(signer);
    return usages.isEmpty() || usages.stream().anyMatch(keyUsages::contains);
  }

  private static List<String> dccKeyUsages(X509Certificate signer) {
    try {
      var usages = signer.getExtendedKeyUsage();
      return usages == null
          ? List.of()
          : usages.stream()
              .filter(
                  usage -> List.of(values()).stream().anyMatch(t -> t.keyUsages.contains(usage)))
              .toList();
    } catch (CertificateParsingException e) {
      return List.of();
    }
  }
}
