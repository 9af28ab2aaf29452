package org.vaxline.pass.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.pass.issuer.IssuerFixtures.NOON;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.pass.verifier.DccType;
import org.vaxline.pass.verifier.Kid;

class PassKeysTest {

  static final PassKeys KEYS = PassIssuerTest.KEYS;
  static final char[] PASSWORD = "demo-password".toCharArray();

  @Test
  void theDemoCscaIsASelfSignedKoreanCa() throws Exception {
    var csca = KEYS.csca();
    assertEquals("CN=Vaxline Demo CSCA,C=KR", csca.getSubjectX500Principal().getName());
    assertEquals(csca.getSubjectX500Principal(), csca.getIssuerX500Principal());
    csca.verify(csca.getPublicKey());
    assertTrue(csca.getBasicConstraints() >= 0, "a CA");
    assertEquals("EC", csca.getPublicKey().getAlgorithm());
  }

  @Test
  void theDemoHasTwoSignersCertifiedByTheCscaForEveryKindOfDcc() throws Exception {
    assertEquals(2, KEYS.signers().size());
    for (var signer : KEYS.signers()) {
      var certificate = signer.certificate();
      certificate.verify(KEYS.csca().getPublicKey());
      assertEquals(KEYS.csca().getSubjectX500Principal(), certificate.getIssuerX500Principal());
      assertEquals(-1, certificate.getBasicConstraints(), "not a CA");
      for (var type : DccType.values()) {
        assertTrue(type.allowedBy(certificate), signer.alias() + " may sign " + type);
      }
    }
    assertEquals("demo-signer-1", KEYS.current().alias());
  }

  @Test
  void theTrustListHoldsEverySignerByKid() {
    var trust = KEYS.trustList();
    for (var signer : KEYS.signers()) {
      assertEquals(List.of(signer.certificate()), trust.signersOf(Kid.of(signer.certificate())));
    }
  }

  @Test
  void aKeystoreWrittenFromTheDemoKeysReadsBackTheSameKeys(@TempDir Path folder) {
    var file = folder.resolve("pass-keys.p12");
    KEYS.writeKeyStore(file, PASSWORD);
    var read = PassKeys.fromKeyStore(file, PASSWORD, "demo-signer-2");
    assertEquals(KEYS.csca(), read.csca());
    assertEquals(certificates(KEYS), certificates(read));
    assertEquals(KEYS.rotateTo("demo-signer-2").current().kid(), read.current().kid());
    var pass = new PassIssuer(read).issue(IssuerFixtures.twoDoses());
    assertTrue(PassIssuerTest.verify(pass.qrText(), KEYS, NOON).valid());
  }

  @Test
  void aKeystoreWithTheWrongPasswordIsRefused(@TempDir Path folder) {
    var file = folder.resolve("pass-keys.p12");
    KEYS.writeKeyStore(file, PASSWORD);
    assertThrows(
        IllegalArgumentException.class,
        () -> PassKeys.fromKeyStore(file, "wrong".toCharArray(), "demo-signer-1"));
  }

  @Test
  void aSignerNotCertifiedByTheCscaIsRefused() {
    var stranger = IssuerFixtures.demoKeys();
    assertThrows(
        IllegalArgumentException.class,
        () -> new PassKeys(stranger.csca(), KEYS.signers(), "demo-signer-1"));
  }

  @Test
  void theCurrentSignerMustBeOneOfTheSigners() {
    assertThrows(IllegalArgumentException.class, () -> KEYS.rotateTo("demo-signer-3"));
  }

  private static List<X509Certificate> certificates(PassKeys keys) {
    return keys.signers().stream()
        .map(DocumentSigner::certificate)
        .sorted(Comparator.comparing(X509Certificate::getSerialNumber))
        .toList();
  }
}
