package org.vaxline.pass.issuer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.pass.issuer.IssuerFixtures.EXP;
import static org.vaxline.pass.issuer.IssuerFixtures.IAT;
import static org.vaxline.pass.issuer.IssuerFixtures.NOON;
import static org.vaxline.pass.issuer.IssuerFixtures.SECOND_DOSE;

import java.security.cert.CertificateExpiredException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.digg.dgc.encoding.Base45;
import se.digg.dgc.encoding.Zlib;
import se.digg.dgc.service.impl.DefaultDGCDecoder;
import se.digg.dgc.signatures.impl.DefaultDGCSignatureVerifier;

/**
 * Issue 7, acceptance 2: a pass Vaxline issues is read by an independent verifier from Maven
 * Central (se.digg.dgc:dgc-create-validate), which checks the signature, CWT and DCC schema its own
 * way, and finds the same holder, dose, test or recovery, identifier, signer and times.
 */
@Tag("time-rules")
class IssuerRoundTripTest {

  static final PassKeys KEYS = PassIssuerTest.KEYS;
  static final IssuedPass PASS = PassIssuerTest.PASS;

  static DefaultDGCSignatureVerifier diggVerifier(Instant at) {
    var verifier = new DefaultDGCSignatureVerifier();
    verifier.setTestValidationTime(at);
    return verifier;
  }

  static DefaultDGCDecoder digg(PassKeys keys, Instant at) {
    var signers = keys.signers().stream().map(DocumentSigner::certificate).toList();
    return new DefaultDGCDecoder(diggVerifier(at), (country, kid) -> signers);
  }

  @Test
  void theIndependentVerifierReadsTheSameHolderDoseAndIdentifier() throws Exception {
    var dcc = digg(KEYS, NOON).decode(PASS.qrText());
    assertEquals("홍", dcc.getNam().getFn());
    assertEquals("HONG", dcc.getNam().getFnt());
    assertEquals("GILDONG", dcc.getNam().getGnt());
    assertEquals(LocalDate.of(1980, 3, 14), dcc.getDateOfBirth().asLocalDate());
    var dose = dcc.getV().get(0);
    assertEquals(SECOND_DOSE, dose.getDt());
    assertEquals(2, dose.getDn());
    assertEquals("EU/1/20/1528", dose.getMp());
    assertEquals(PASS.uvci().value(), dose.getCi());
  }

  @Test
  void theIndependentVerifierReadsTheSameSignerCountryAndTimes() throws Exception {
    var cose = Zlib.decompress(Base45.getDecoder().decode(PASS.qrText().substring(4)), false);
    var signer = KEYS.current().certificate();
    var result = diggVerifier(NOON).verify(cose, (country, kid) -> List.of(signer));
    assertEquals("KR", result.getCountry());
    assertEquals(IAT, result.getIssuedAt());
    assertEquals(EXP, result.getExpires());
    assertArrayEquals(PASS.kid().bytes(), result.getKid());
    assertEquals(signer, result.getSignerCertificate());
  }

  @Test
  void theIndependentVerifierAlsoRefusesThePassAfterItsExpiry() {
    assertThrows(
        CertificateExpiredException.class,
        () -> digg(KEYS, EXP.plusSeconds(1)).decode(PASS.qrText()));
  }

  @Test
  void afterRotationTheIndependentVerifierStillReadsTheOldSignersPass() throws Exception {
    var rotated = KEYS.rotateTo("demo-signer-2");
    var dcc = digg(rotated, NOON).decode(PASS.qrText());
    assertEquals(PASS.uvci().value(), dcc.getV().get(0).getCi());
  }

  @Test
  void theIndependentVerifierReadsATestPassAsIssued() throws Exception {
    var pass = TestAndRecoveryPassTest.PCR_PASS;
    var dcc = digg(KEYS, NOON).decode(pass.qrText());
    assertTrue(dcc.getV() == null || dcc.getV().isEmpty(), "a test pass has no vaccination");
    var test = dcc.getT().get(0);
    assertEquals("840539006", test.getTg());
    assertEquals("LP6464-4", test.getTt());
    assertEquals(TestAndRecoveryPassTest.SAMPLED.toInstant(), test.getSc());
    assertEquals("260415000", test.getTr());
    assertEquals("서울중구 예방접종센터", test.getTc());
    assertEquals("KR", test.getCo());
    assertEquals(pass.uvci().value(), test.getCi());
  }

  @Test
  void theIndependentVerifierReadsARecoveryPassAsIssued() throws Exception {
    var pass = TestAndRecoveryPassTest.RECOVERY_PASS;
    var dcc = digg(KEYS, NOON).decode(pass.qrText());
    var recovery = dcc.getR().get(0);
    assertEquals("840539006", recovery.getTg());
    assertEquals(LocalDate.of(2021, 12, 24), recovery.getFr());
    assertEquals(LocalDate.of(2022, 1, 3), recovery.getDf());
    assertEquals(LocalDate.of(2022, 7, 2), recovery.getDu());
    assertEquals("KR", recovery.getCo());
    assertEquals(pass.uvci().value(), recovery.getCi());
  }
}
