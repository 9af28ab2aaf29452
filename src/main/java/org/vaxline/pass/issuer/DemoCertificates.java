package org.vaxline.pass.issuer;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Demo keys: a self-signed P-256 CSCA and two P-256 document signers it certifies, with the profile
 * HCERT 1.0.5 §5 asks of them (country in the DN, subject and authority key identifiers) and the
 * DCC extended key usages for test, vaccination and recovery (HCERT appendix A).
 */
final class DemoCertificates {

  /** Country first in the DER, as X.500 orders names from the root (RFC 4514 prints it last). */
  static final X500Name CSCA_NAME = new X500Name("C=KR, CN=Vaxline Demo CSCA");

  static final Duration CSCA_VALIDITY = Duration.ofDays(4 * 365);

  /** A DSC must outlive every pass it signs (HCERT 1.0.5 §3.3.4: exp within the DSC's validity). */
  static final Duration SIGNER_VALIDITY = Duration.ofDays(2 * 365);

  private static final List<String> DCC_KEY_USAGES =
      List.of(
          "1.3.6.1.4.1.1847.2021.1.1", "1.3.6.1.4.1.1847.2021.1.2", "1.3.6.1.4.1.1847.2021.1.3");
  private static final SecureRandom RANDOM = new SecureRandom();

  private DemoCertificates() {}

  static PassKeys keys(Instant from) {
    try {
      var cscaKeys = p256();
      var csca = sign(cscaBuilder(cscaKeys, from), cscaKeys);
      var signers = List.of(signer(1, csca, cscaKeys, from), signer(2, csca, cscaKeys, from));
      return new PassKeys(csca, signers, "demo-signer-1");
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("cannot make the demo pass keys", e);
    }
  }

  private static X509v3CertificateBuilder cscaBuilder(KeyPair keys, Instant from)
      throws GeneralSecurityException, CertIOException {
    var builder = builder(CSCA_NAME, CSCA_NAME, keys, from, CSCA_VALIDITY);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
    builder.addExtension(
        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    return builder;
  }

  private static DocumentSigner signer(
      int number, X509Certificate csca, KeyPair cscaKeys, Instant from)
      throws GeneralSecurityException, OperatorCreationException, CertIOException {
    var keys = p256();
    var name = new X500Name("C=KR, CN=Vaxline Demo Document Signer " + number);
    var builder = builder(CSCA_NAME, name, keys, from, SIGNER_VALIDITY);
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(csca));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    var usages =
        DCC_KEY_USAGES.stream()
            .map(oid -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid)))
            .toArray(KeyPurposeId[]::new);
    builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(usages));
    return new DocumentSigner("demo-signer-" + number, keys.getPrivate(), sign(builder, cscaKeys));
  }

  private static X509v3CertificateBuilder builder(
      X500Name issuer, X500Name subject, KeyPair keys, Instant from, Duration validity)
      throws GeneralSecurityException, CertIOException {
    // RFC 5280 §4.1.2.2: a positive serial of at most 20 octets, unique per CA.
    var serial = new BigInteger(127, RANDOM).add(BigInteger.ONE);
    var builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            serial,
            Date.from(from),
            Date.from(from.plus(validity)),
            subject,
            keys.getPublic());
    builder.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
    return builder;
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys)
      throws OperatorCreationException, GeneralSecurityException {
    var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  private static KeyPair p256() throws GeneralSecurityException {
    var generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }
}
