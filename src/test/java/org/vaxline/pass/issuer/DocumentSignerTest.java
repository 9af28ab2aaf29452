package org.vaxline.pass.issuer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.verifier.DccType;

class DocumentSignerTest {

  /** HCERT 1.0.8 §A.4: the extended key usage of a signer of vaccination DCCs only. */
  static final String VACCINATIONS_ONLY = "1.3.6.1.4.1.1847.2021.1.2";

  @Test
  void aSignerOfVaccinationsOnlyRefusesToSignATestOrRecoveryPassThatVerifiersWouldRefuse()
      throws Exception {
    var signer = signer(VACCINATIONS_ONLY);
    assertDoesNotThrow(() -> signer.requireAllowed(DccType.VACCINATION));
    assertThrows(IllegalArgumentException.class, () -> signer.requireAllowed(DccType.TEST));
    assertThrows(IllegalArgumentException.class, () -> signer.requireAllowed(DccType.RECOVERY));
  }

  @Test
  void theDemoSignersSignEveryKind() {
    for (var type : DccType.values()) {
      assertDoesNotThrow(() -> PassIssuerTest.KEYS.current().requireAllowed(type));
    }
  }

  /** A self-signed P-256 signer with the one extended key usage. */
  private static DocumentSigner signer(String usage) throws Exception {
    var generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    var keys = generator.generateKeyPair();
    var name = new X500Name("C=KR, CN=Vaccination Signer");
    var from = IssuerFixtures.KEYS_MADE;
    var builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.ONE,
            Date.from(from),
            Date.from(from.plus(Duration.ofDays(365))),
            name,
            keys.getPublic());
    builder.addExtension(
        Extension.extendedKeyUsage,
        false,
        new ExtendedKeyUsage(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(usage))));
    var contentSigner = new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
    var certificate =
        new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
    return new DocumentSigner("vaccinations-only", keys.getPrivate(), certificate);
  }
}
