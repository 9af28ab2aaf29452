package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.upokecenter.cbor.CBORObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class HcertVerifierTest {

  static final HcertVerifier VERIFIER = new HcertVerifier();
  static final TestIssuer ISSUER = TestIssuer.es256();
  static final String UVCI = "URN:UVCI:01:KR:VAXLINE0000000001#8";
  static final Instant IAT = Instant.parse("2021-12-20T01:00:00Z");
  static final Instant EXP = Instant.parse("2022-06-18T01:00:00Z");
  static final Instant NOON = Instant.parse("2022-01-10T03:00:00Z");
  static final Function<TestIssuer, String> PASS_OF =
      issuer -> issuer.issue(TestIssuer.vaccination(UVCI, "2021-12-06"), IAT, EXP);
  static final String PASS = PASS_OF.apply(ISSUER);

  static HcertVerification verify(String qr, Instant at) {
    return VERIFIER.verify(qr, ISSUER.trustList(), RevocationList.empty(), at);
  }

  @Test
  void anAuthenticPassInItsWindowIsValidAndShowsOnlyWhatTheVenueNeeds() {
    var result = assertInstanceOf(HcertVerification.Valid.class, verify(PASS, NOON));
    assertEquals(EXP, result.validUntil());
    var dcc = result.pass().certificate();
    assertEquals("홍*동", dcc.holder().maskedName());
    assertEquals("1980-**-**", dcc.holder().maskedBirthDate());
    assertEquals(DccType.VACCINATION, dcc.type());
    var dose = dcc.v().get(0);
    assertEquals(2, dose.dn());
    assertEquals(LocalDate.of(2021, 12, 6), dose.dt());
    assertEquals(UVCI, dcc.ci());
    assertEquals(new CwtClaims("KR", IAT, EXP), result.pass().claims());
    assertEquals(ISSUER.kid(), result.pass().kid());
  }

  @Test
  void validFromIssuedAtToTheMillisecond() {
    assertEquals(HcertReason.NOT_YET_VALID, verify(PASS, IAT.minusMillis(1)).reason());
    assertEquals(HcertReason.VALID, verify(PASS, IAT).reason());
    assertEquals(HcertReason.VALID, verify(PASS, IAT.plusMillis(1)).reason());
  }

  @Test
  void expiresOneMillisecondAfterExp() {
    assertEquals(HcertReason.VALID, verify(PASS, EXP.minusMillis(1)).reason());
    assertEquals(HcertReason.VALID, verify(PASS, EXP).reason());
    assertEquals(HcertReason.EXPIRED, verify(PASS, EXP.plusMillis(1)).reason());
  }

  @Test
  void anExpiredPassStillShowsItsAuthenticContent() {
    var result =
        assertInstanceOf(HcertVerification.Invalid.class, verify(PASS, EXP.plusSeconds(1)));
    assertEquals(UVCI, result.pass().orElseThrow().certificate().ci());
  }

  @Test
  void aTamperedPayloadFailsTheSignature() throws Rejection {
    var cose = CoseSign1.decode(cose(PASS));
    var forged = TestIssuer.claims(TestIssuer.vaccination(UVCI, "2021-12-05"), IAT, EXP);
    var tampered =
        CBORObject.NewArray()
            .Add(cose.protectedBytes())
            .Add(cose.unprotectedHeader())
            .Add(forged)
            .Add(cose.signature());
    var result = verify(TestIssuer.hc1(tampered.EncodeToBytes()), NOON);
    assertEquals(HcertReason.SIGNATURE, result.reason());
    assertTrue(assertInstanceOf(HcertVerification.Invalid.class, result).pass().isEmpty());
  }

  @Test
  void aSignerUnderTheRightKidButAnotherKeyFailsTheSignature() {
    var impostor = TestIssuer.es256().certificate();
    var trust = new TrustList(Map.of(ISSUER.kid(), List.of(impostor)));
    var result = VERIFIER.verify(PASS, trust, RevocationList.empty(), NOON);
    assertEquals(HcertReason.SIGNATURE, result.reason());
  }

  @Test
  void everySignerSharingAKidIsTried() {
    var impostor = TestIssuer.es256().certificate();
    var trust = new TrustList(Map.of(ISSUER.kid(), List.of(impostor, ISSUER.certificate())));
    assertTrue(VERIFIER.verify(PASS, trust, RevocationList.empty(), NOON).valid());
  }

  @Test
  void aKidNotOnTheTrustListIsUnknown() {
    var other = TestIssuer.es256().trustList();
    var result = VERIFIER.verify(PASS, other, RevocationList.empty(), NOON);
    assertEquals(HcertReason.UNKNOWN_KID, result.reason());
  }

  @Test
  void aRevokedPassIsRefusedWithItsContent() {
    var revocations = RevocationList.of(List.of(RevocationList.entryFor("KR", UVCI)));
    var result = VERIFIER.verify(PASS, ISSUER.trustList(), revocations, NOON);
    assertEquals(HcertReason.REVOKED, result.reason());
    var invalid = assertInstanceOf(HcertVerification.Invalid.class, result);
    assertEquals(UVCI, invalid.pass().orElseThrow().certificate().ci());
  }

  @Test
  void anotherCountrysRevocationOfTheSameUvciDoesNotApply() {
    var revocations = RevocationList.of(List.of(RevocationList.entryFor("DE", UVCI)));
    assertTrue(VERIFIER.verify(PASS, ISSUER.trustList(), revocations, NOON).valid());
  }

  @Test
  void theRevocationEntryIsTheFirst128BitsOfSha256OfCountryAndUvciInBase64() {
    // printf 'KRURN:UVCI:01:KR:VAXLINE0000000001#8' | sha256sum | cut -c1-32 | xxd -r -p | base64
    assertEquals("NioSXWBeJQuUPn/Ug7TrwQ==", RevocationList.entryFor("KR", UVCI));
  }

  @Test
  void aSignerLimitedToTestsMayNotSignAVaccination() {
    var testsOnly = TestIssuer.es256("1.3.6.1.4.1.1847.2021.1.1");
    var pass = testsOnly.issue(TestIssuer.vaccination(UVCI, "2021-12-06"), IAT, EXP);
    var result = VERIFIER.verify(pass, testsOnly.trustList(), RevocationList.empty(), NOON);
    assertEquals(HcertReason.KEY_USAGE, result.reason());
  }

  @Test
  void aSignerLimitedToVaccinationsMaySignOne() {
    var vaccinations = TestIssuer.es256("1.3.6.1.4.1.1847.2021.1.2");
    var pass = vaccinations.issue(TestIssuer.vaccination(UVCI, "2021-12-06"), IAT, EXP);
    assertTrue(
        VERIFIER.verify(pass, vaccinations.trustList(), RevocationList.empty(), NOON).valid());
  }

  @Test
  void ps256IsVerifiedToo() {
    var rsa = TestIssuer.ps256();
    var pass = rsa.issue(TestIssuer.vaccination(UVCI, "2021-12-06"), IAT, EXP);
    assertTrue(VERIFIER.verify(pass, rsa.trustList(), RevocationList.empty(), NOON).valid());
  }

  @Test
  void aKidInTheUnprotectedHeaderIsAccepted() {
    var protectedHeader = CBORObject.NewMap().Add(1, -7).EncodeToBytes();
    var unprotected = CBORObject.NewMap().Add(4, ISSUER.kid().bytes());
    var payload = TestIssuer.claims(TestIssuer.vaccination(UVCI, "2021-12-06"), IAT, EXP);
    var pass = TestIssuer.hc1(ISSUER.sign(protectedHeader, unprotected, payload));
    assertTrue(verify(pass, NOON).valid());
  }

  @Test
  void aPayloadOutsideTheSchemaIsRefused() {
    var noBirthDate = TestIssuer.vaccination(UVCI, "2021-12-06");
    noBirthDate.Remove(CBORObject.FromObject("dob"));
    assertEquals(HcertReason.SCHEMA, verify(ISSUER.issue(noBirthDate, IAT, EXP), NOON).reason());
  }

  @Test
  void aPayloadWithTwoKindsOfEntryIsRefused() {
    var both = TestIssuer.vaccination(UVCI, "2021-12-06");
    both.Add("r", TestIssuer.vaccination(UVCI, "2021-12-06").get("v"));
    assertEquals(HcertReason.SCHEMA, verify(ISSUER.issue(both, IAT, EXP), NOON).reason());
  }

  static byte[] cose(String qr) {
    try {
      return new Hc1Text(qr).cose();
    } catch (Rejection e) {
      throw new AssertionError(e);
    }
  }
}
