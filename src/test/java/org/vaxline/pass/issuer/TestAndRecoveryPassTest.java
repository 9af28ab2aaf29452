package org.vaxline.pass.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vaxline.pass.issuer.IssuerFixtures.IAT;
import static org.vaxline.pass.issuer.IssuerFixtures.SEOUL;

import com.upokecenter.cbor.CBORObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.verifier.DccType;
import org.vaxline.pass.verifier.HcertVerification;
import org.vaxline.pass.verifier.HcertVerifier;
import org.vaxline.pass.verifier.PassReason;
import org.vaxline.pass.verifier.PassRules;
import org.vaxline.pass.verifier.RevocationList;
import org.vaxline.pass.verifier.TestResult;
import org.vaxline.pass.verifier.VenueCheck;
import org.vaxline.pass.verifier.VenueVerdict;

/**
 * Issue 7: a pass stating a negative test ({@code t}) or a recovery ({@code r}) passes the DCC
 * schema 1.3.0 and Vaxline's own verifier, and Korea's rules count it to the millisecond: a PCR
 * result from its sampling until midnight of the day on which 48 hours end, a recovery from 00:00
 * of its release through the end of its 180th day.
 */
@Tag("time-rules")
class TestAndRecoveryPassTest {

  static final PassKeys KEYS = PassIssuerTest.KEYS;

  /** Within the demo signer's two years, after every window below. */
  static final Instant LATE_EXP = Instant.parse("2023-06-01T00:00:00Z");

  static final OffsetDateTime SAMPLED = OffsetDateTime.parse("2022-01-10T15:00:00+09:00");
  static final TestTaken PCR =
      TestTaken.of(TestResult.Kind.PCR, TestResult.Outcome.NEGATIVE, SAMPLED, "서울중구 예방접종센터");
  static final IssuedPass PCR_PASS = issue(PCR);

  static final LocalDate RELEASED = LocalDate.of(2022, 1, 3);
  static final Recovered RECOVERY =
      new Recovered(LocalDate.of(2021, 12, 24), RELEASED, RELEASED.plusDays(180));
  static final IssuedPass RECOVERY_PASS = issue(RECOVERY);

  static final VenueCheck VENUE = new VenueCheck(new HcertVerifier(), PassRules.korea2022());

  static IssuedPass issue(Statement statement) {
    return new PassIssuer(KEYS).issue(IssuerFixtures.request(IAT, LATE_EXP, statement));
  }

  static VenueVerdict scan(IssuedPass pass, Instant at) {
    return VENUE.check(pass.qrText(), KEYS.trustList(), RevocationList.empty(), at);
  }

  static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }

  @Test
  void aTestPassPassesTheSchemaAndStatesTheTestAsTheDccWritesIt() {
    var verification =
        new HcertVerifier()
            .verify(
                PCR_PASS.qrText(), KEYS.trustList(), RevocationList.empty(), SAMPLED.toInstant());
    var dcc = assertInstanceOf(HcertVerification.Valid.class, verification).pass().certificate();
    assertEquals(DccType.TEST, dcc.type());
    var t = dcc.t().get(0);
    assertEquals("840539006", t.tg());
    assertEquals("LP6464-4", t.tt());
    assertEquals(SAMPLED.toInstant(), t.sc());
    assertEquals("260415000", t.tr());
    assertEquals("서울중구 예방접종센터", t.tc());
    assertEquals("KR", t.co());
    assertEquals("Korea Disease Control and Prevention Agency", t.is());
    assertEquals(PCR_PASS.uvci().value(), t.ci());
  }

  @Test
  void theSampleCollectionIsWrittenWithItsKoreanOffsetInWholeSeconds() throws Exception {
    var sampled = SAMPLED.plusNanos(123_456_789);
    var pass = issue(TestTaken.of(TestResult.Kind.PCR, TestResult.Outcome.NEGATIVE, sampled, null));
    var t = dcc(pass).get("t").get(0);
    assertEquals("2022-01-10T15:00:00+09:00", t.get("sc").AsString());
    assertNull(t.get("tc"), "an unknown centre is left out, not written as null");
    assertNull(t.get("nm"));
  }

  @Test
  void aNegativePcrPassIsValidFromItsSamplingToTheMillisecond() {
    var sampled = SAMPLED.toInstant();
    assertEquals(PassReason.NOT_YET_VALID, scan(PCR_PASS, sampled.minusMillis(1)).rules());
    var valid = scan(PCR_PASS, sampled);
    assertEquals(PassReason.NEGATIVE_PCR, valid.rules());
    assertEquals(kst("2022-01-13T00:00"), valid.validUntil());
  }

  @Test
  void aNegativePcrPassEndsAtMidnightOfTheDayOnWhichFortyEightHoursEnd() {
    var midnight = kst("2022-01-13T00:00");
    assertEquals(PassReason.NEGATIVE_PCR, scan(PCR_PASS, midnight.minusMillis(1)).rules());
    assertEquals(PassReason.EXPIRED, scan(PCR_PASS, midnight).rules());
  }

  @Test
  void aRapidAntigenPassIsReadAsOneAndCountsTwentyFourHoursToMidnight() {
    var sampled = OffsetDateTime.parse("2022-01-26T10:00:00+09:00");
    var pass =
        issue(
            TestTaken.of(
                TestResult.Kind.RAPID_ANTIGEN, TestResult.Outcome.NEGATIVE, sampled, null));
    assertEquals(
        PassReason.NEGATIVE_RAPID_ANTIGEN, scan(pass, kst("2022-01-27T23:59:59.999")).rules());
    assertEquals(PassReason.EXPIRED, scan(pass, kst("2022-01-28T00:00")).rules());
  }

  @Test
  void aRecoveryPassPassesTheSchemaAndStatesTheRecoveryAsTheDccWritesIt() {
    var verification =
        new HcertVerifier()
            .verify(
                RECOVERY_PASS.qrText(),
                KEYS.trustList(),
                RevocationList.empty(),
                kst("2022-02-01T12:00"));
    var dcc = assertInstanceOf(HcertVerification.Valid.class, verification).pass().certificate();
    assertEquals(DccType.RECOVERY, dcc.type());
    var r = dcc.r().get(0);
    assertEquals("840539006", r.tg());
    assertEquals(LocalDate.of(2021, 12, 24), r.fr());
    assertEquals(RELEASED, r.df());
    assertEquals(LocalDate.of(2022, 7, 2), r.du());
    assertEquals("KR", r.co());
    assertEquals(RECOVERY_PASS.uvci().value(), r.ci());
  }

  @Test
  void aRecoveryPassIsValidFromTheStartOfTheReleaseDay() {
    var released = kst("2022-01-03T00:00");
    assertEquals(PassReason.NOT_YET_VALID, scan(RECOVERY_PASS, released.minusMillis(1)).rules());
    assertEquals(PassReason.RECOVERED, scan(RECOVERY_PASS, released).rules());
  }

  @Test
  void aRecoveryPassEndsAfterTheHundredAndEightiethDayFromRelease() {
    var end = kst("2022-07-03T00:00");
    var lastMillisecond = scan(RECOVERY_PASS, end.minusMillis(1));
    assertEquals(PassReason.RECOVERED, lastMillisecond.rules());
    assertEquals(end, lastMillisecond.validUntil());
    assertEquals(PassReason.EXPIRED, scan(RECOVERY_PASS, end).rules());
  }

  @Test
  void aStatementTheDccCannotHoldCannotExist() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TestTaken("LP0000-0", null, null, SAMPLED, TestTaken.NOT_DETECTED, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TestTaken(TestTaken.NAAT, null, null, SAMPLED, "negative", null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TestTaken(
                TestTaken.NAAT, null, null, SAMPLED, TestTaken.NOT_DETECTED, "가".repeat(81)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Recovered(RELEASED, RELEASED.minusDays(1), RELEASED.plusDays(180)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Recovered(RELEASED.minusDays(10), RELEASED, RELEASED.minusDays(1)));
  }

  /** The DCC map under hcert (-260) key 1, read as plain CBOR. */
  private static CBORObject dcc(IssuedPass pass) throws Exception {
    var payload = PassIssuerTest.cose(pass.qrText()).get(2).GetByteString();
    var hcert = CBORObject.DecodeFromBytes(payload).get(CBORObject.FromObject(-260));
    return hcert.get(CBORObject.FromObject(1));
  }
}
