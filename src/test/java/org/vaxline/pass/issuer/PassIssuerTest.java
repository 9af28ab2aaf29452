package org.vaxline.pass.issuer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.pass.issuer.IssuerFixtures.EXP;
import static org.vaxline.pass.issuer.IssuerFixtures.IAT;
import static org.vaxline.pass.issuer.IssuerFixtures.KEYS_MADE;
import static org.vaxline.pass.issuer.IssuerFixtures.NOON;
import static org.vaxline.pass.issuer.IssuerFixtures.SECOND_DOSE;

import com.upokecenter.cbor.CBORObject;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.Inflater;
import org.apache.commons.codec.binary.Base45;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.verifier.CwtClaims;
import org.vaxline.pass.verifier.DccType;
import org.vaxline.pass.verifier.HcertReason;
import org.vaxline.pass.verifier.HcertVerification;
import org.vaxline.pass.verifier.HcertVerifier;
import org.vaxline.pass.verifier.RevocationList;

@Tag("time-rules")
class PassIssuerTest {

  static final PassKeys KEYS = IssuerFixtures.demoKeys();
  static final IssuedPass PASS = new PassIssuer(KEYS).issue(IssuerFixtures.twoDoses());

  static HcertVerification verify(String qr, PassKeys keys, Instant at) {
    return new HcertVerifier().verify(qr, keys.trustList(), RevocationList.empty(), at);
  }

  @Test
  void anIssuedPassVerifiesValidWithTheKeysTrustListAndStatesTheLastDose() {
    var result = assertInstanceOf(HcertVerification.Valid.class, verify(PASS.qrText(), KEYS, NOON));
    var dcc = result.pass().certificate();
    assertEquals(new CwtClaims("KR", IAT, EXP), result.pass().claims());
    assertEquals(DccType.VACCINATION, dcc.type());
    assertEquals("1.3.0", dcc.ver());
    assertEquals("HONG", dcc.nam().fnt());
    assertEquals("길동", dcc.nam().gn());
    assertEquals("1980-03-14", dcc.dob());
    var dose = dcc.v().get(0);
    assertEquals(2, dose.dn());
    assertEquals(SECOND_DOSE, dose.dt());
    assertEquals("840539006", dose.tg());
    assertEquals("Korea Disease Control and Prevention Agency", dose.is());
    assertEquals(PASS.uvci().value(), dcc.ci());
    assertEquals(KEYS.current().kid(), result.pass().kid());
  }

  @Test
  void theKidIsTheFirstEightBytesOfTheSha256OfTheSignerCertificate() throws Exception {
    var der = KEYS.current().certificate().getEncoded();
    var expected = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(der), 8);
    var protectedHeader = CBORObject.DecodeFromBytes(cose(PASS.qrText()).get(0).GetByteString());
    assertArrayEquals(expected, protectedHeader.get(4).GetByteString());
    assertEquals(-7, protectedHeader.get(1).AsInt32());
    assertArrayEquals(expected, PASS.kid().bytes());
  }

  @Test
  void aPassSignedByTheOldSignerStillVerifiesAfterRotation() {
    var rotated = KEYS.rotateTo("demo-signer-2");
    var newPass = new PassIssuer(rotated).issue(IssuerFixtures.twoDoses());
    assertNotEquals(PASS.kid(), newPass.kid());
    assertTrue(verify(PASS.qrText(), rotated, NOON).valid());
    assertTrue(verify(newPass.qrText(), rotated, NOON).valid());
  }

  @Test
  void aPassSignedByAnotherCountrySigningCaIsUnknown() {
    var stranger = IssuerFixtures.demoKeys();
    assertEquals(HcertReason.UNKNOWN_KID, verify(PASS.qrText(), stranger, NOON).reason());
  }

  @Test
  void oneChangedCharacterOfTheBase45TextFailsVerification() {
    var text = PASS.qrText();
    for (var at : new int[] {4, text.length() / 2, text.length() - 1}) {
      var changed = text.charAt(at) == 'A' ? 'B' : 'A';
      var tampered = text.substring(0, at) + changed + text.substring(at + 1);
      assertFalse(verify(tampered, KEYS, NOON).valid(), "changed at " + at);
    }
  }

  @Test
  void oneChangedByteOfTheSignedPayloadFailsTheSignature() throws Exception {
    var message = cose(PASS.qrText());
    var payload = message.get(2).GetByteString();
    var name = indexOf(payload, "GILDONG".getBytes());
    payload[name] = 'K';
    message.set(2, CBORObject.FromObject(payload));
    var tampered = "HC1:" + new Base45().encodeToString(PassIssuer.zlib(message.EncodeToBytes()));
    assertEquals(HcertReason.SIGNATURE, verify(tampered, KEYS, NOON).reason());
  }

  @Test
  void validFromIssuedAtToExpiryInclusiveToTheMillisecond() {
    var qr = PASS.qrText();
    assertEquals(HcertReason.NOT_YET_VALID, verify(qr, KEYS, IAT.minusMillis(1)).reason());
    assertEquals(HcertReason.VALID, verify(qr, KEYS, IAT).reason());
    assertEquals(HcertReason.VALID, verify(qr, KEYS, EXP).reason());
    assertEquals(HcertReason.EXPIRED, verify(qr, KEYS, EXP.plusMillis(1)).reason());
  }

  @Test
  void signatureTimesAreWholeSecondsSoAnExpiryMidSecondEndsAtTheSecondBefore() {
    var midSecond =
        IssuerFixtures.request(IAT, EXP.plusMillis(999), IssuerFixtures.twoDoses().statement());
    var pass = new PassIssuer(KEYS).issue(midSecond);
    assertEquals(EXP, pass.expiresAt());
    assertEquals(HcertReason.VALID, verify(pass.qrText(), KEYS, EXP).reason());
    assertEquals(HcertReason.EXPIRED, verify(pass.qrText(), KEYS, EXP.plusMillis(1)).reason());
  }

  @Test
  void aPassMayNotOutliveItsSignersCertificateNorPredateIt() {
    var until = KEYS_MADE.plus(Duration.ofDays(2 * 365));
    var dose = IssuerFixtures.comirnaty(2, 2, SECOND_DOSE);
    var issuer = new PassIssuer(KEYS);
    assertEquals(until, issuer.issue(IssuerFixtures.request(IAT, until, dose)).expiresAt());
    assertThrows(
        IllegalArgumentException.class,
        () -> issuer.issue(IssuerFixtures.request(IAT, until.plusMillis(1), dose)));
    assertThrows(
        IllegalArgumentException.class,
        () -> issuer.issue(IssuerFixtures.request(KEYS_MADE.minusMillis(1), EXP, dose)));
  }

  @Test
  void aBoosterPassPassesTheDccSchema() {
    var booster =
        IssuerFixtures.request(IAT, EXP, IssuerFixtures.comirnaty(3, 2, SECOND_DOSE.plusDays(10)));
    var result = verify(new PassIssuer(KEYS).issue(booster).qrText(), KEYS, NOON);
    var valid = assertInstanceOf(HcertVerification.Valid.class, result);
    assertEquals(3, valid.pass().certificate().v().get(0).dn());
  }

  @Test
  void eachPassHasItsOwnCertificateIdentifier() {
    var again = new PassIssuer(KEYS).issue(IssuerFixtures.twoDoses());
    assertNotEquals(PASS.uvci(), again.uvci());
  }

  @Test
  void aRevokedPassIsRefused() {
    var revocations =
        RevocationList.of(java.util.List.of(RevocationList.entryFor("KR", PASS.uvci().value())));
    var result = new HcertVerifier().verify(PASS.qrText(), KEYS.trustList(), revocations, NOON);
    assertEquals(HcertReason.REVOKED, result.reason());
  }

  /** The COSE_Sign1 array inside the QR text, decoded independently of the verifier. */
  static CBORObject cose(String qrText) throws Exception {
    var zlib = new Base45().decode(qrText.substring(4));
    var inflater = new Inflater();
    inflater.setInput(zlib);
    var out = new byte[8192];
    var length = inflater.inflate(out);
    inflater.end();
    return CBORObject.DecodeFromBytes(Arrays.copyOf(out, length)).Untag();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (var i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
