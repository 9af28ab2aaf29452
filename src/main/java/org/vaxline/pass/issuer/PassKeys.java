package org.vaxline.pass.issuer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.vaxline.pass.verifier.TrustList;

/**
 * Vaxline's signing keys (HCERT 1.0.5 appendix A, trust management): the country signing CA (CSCA)
 * and the document signers it certified, one of which signs new passes. Every signer stays in the
 * trust list after rotation, so passes it signed keep verifying until their exp; a signer leaves
 * only when its passes should stop verifying (a compromised key).
 */
public record PassKeys(X509Certificate csca, List<DocumentSigner> signers, String currentAlias) {

  public PassKeys {
    Objects.requireNonNull(csca, "csca");
    Objects.requireNonNull(currentAlias, "currentAlias");
    signers = List.copyOf(signers);
    if (signers.stream().noneMatch(s -> s.alias().equals(currentAlias))) {
      throw new IllegalArgumentException("no document signer named " + currentAlias);
    }
    signers.forEach(signer -> requireIssuedBy(csca, signer));
  }

  /** HCERT 1.0.5 appendix A: every DSC must be signed by the country's CSCA. */
  private static void requireIssuedBy(X509Certificate csca, DocumentSigner signer) {
    try {
      signer.certificate().verify(csca.getPublicKey());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(signer.alias() + " is not certified by the CSCA", e);
    }
  }

  /**
   * A CSCA and two document signers made in memory, valid from the clock's instant; the first
   * signs. For demo mode and tests: the keys vanish with the process, and so does the trust.
   */
  public static PassKeys demo(Clock clock) {
    return DemoCertificates.keys(clock.instant());
  }

  /**
   * Keys from a PKCS#12 keystore: the CSCA as trusted-certificate entry {@code csca}, each document
   * signer as a private-key entry under its alias, all with the one password.
   */
  public static PassKeys fromKeyStore(Path pkcs12, char[] password, String currentAlias) {
    return PassKeyStore.read(pkcs12, password, currentAlias);
  }

  /** The same keys written as {@link #fromKeyStore} reads them. */
  public void writeKeyStore(Path pkcs12, char[] password) {
    PassKeyStore.write(this, pkcs12, password);
  }

  /**
   * The same keys as PKCS#12 bytes, laid out as {@link #fromKeyStore} reads them: for handing keys
   * between the nodes of a cluster.
   */
  public byte[] toPkcs12(char[] password) {
    var out = new ByteArrayOutputStream();
    PassKeyStore.write(this, out, password);
    return out.toByteArray();
  }

  /** Keys from PKCS#12 bytes written by {@link #toPkcs12}. */
  public static PassKeys fromPkcs12(byte[] pkcs12, char[] password, String currentAlias) {
    return PassKeyStore.read(
        new ByteArrayInputStream(pkcs12), "PKCS#12 bytes", password, currentAlias);
  }

  /** The same keys with another signer for new passes; the old one stays trusted. */
  public PassKeys rotateTo(String alias) {
    return new PassKeys(csca, signers, alias);
  }

  /** The document signer for new passes. */
  public DocumentSigner current() {
    return signers.stream().filter(s -> s.alias().equals(currentAlias)).findFirst().orElseThrow();
  }

  /** Every signer's certificate, keyed by kid, as verifiers need them. */
  public TrustList trustList() {
    return TrustList.of(signers.stream().map(DocumentSigner::certificate).toList());
  }
}
