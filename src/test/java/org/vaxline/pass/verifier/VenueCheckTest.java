package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.pass.verifier.PassFixtures.kst;

import com.upokecenter.cbor.CBORObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A venue's check: the HCERT's signature and window, then Korea's rules on what its one entry
 * proves, for each kind of DCC.
 */
class VenueCheckTest {

  private static final Instant IAT = Instant.parse("2021-12-01T00:00:00Z");
  private static final Instant EXP = Instant.parse("2022-12-01T00:00:00Z");
  private static final String UVCI = "URN:UVCI:01:KR:VENUECHECKTEST000001#X";

  private final TestIssuer issuer = TestIssuer.es256();
  private final TrustList trust = TrustList.of(List.of(issuer.certificate()));
  private final VenueCheck venue = new VenueCheck(new HcertVerifier(), PassFixtures.KOREA);

  @Test
  void aNegativePcrCountsUntilMidnightOfTheDayItsFortyEightHoursEnd() {
    var sampled = "2022-01-10T09:00:00+09:00";
    var qr = issuer.issue(test("LP6464-4", "260415000", sampled), IAT, EXP);
    var valid = venue.check(qr, trust, RevocationList.empty(), kst("2022-01-12T23:59:59.999"));
    assertTrue(valid.valid(), valid::toString);
    assertEquals("NEGATIVE_PCR", valid.reason());
    assertEquals(kst("2022-01-13T00:00"), valid.validUntil());
    var over = venue.check(qr, trust, RevocationList.empty(), kst("2022-01-13T00:00"));
    assertEquals("EXPIRED", over.reason());
    assertEquals(Cue.CHIME_INVALID, over.cue());
  }

  @Test
  void aPositiveOrUnknownKindOfTestProvesNothing() {
    var at = kst("2022-01-10T12:00");
    var positive =
        issuer.issue(test("LP6464-4", "260373001", "2022-01-10T09:00:00+09:00"), IAT, EXP);
    assertEquals(
        "NO_QUALIFYING_RECORD", venue.check(positive, trust, RevocationList.empty(), at).reason());
    var other = issuer.issue(test("LP0000-0", "260415000", "2022-01-10T09:00:00+09:00"), IAT, EXP);
    assertEquals(
        "NO_QUALIFYING_RECORD", venue.check(other, trust, RevocationList.empty(), at).reason());
  }

  @Test
  void aRecoveryCountsFromItsValidFromForOneHundredEightyDays() {
    var qr = issuer.issue(recovery("2021-12-20", "2022-01-01", "2022-06-29"), IAT, EXP);
    var verdict = venue.check(qr, trust, RevocationList.empty(), kst("2022-01-10T12:00"));
    assertEquals("RECOVERED", verdict.reason());
    assertEquals(kst("2022-06-30T00:00"), verdict.validUntil());
  }

  @Test
  void theSignatureEndsAValidPassWhenItEndsFirst() {
    var shortExp = kst("2022-01-20T12:00");
    var qr = issuer.issue(TestIssuer.vaccination(UVCI, "2021-12-01"), IAT, shortExp);
    var verdict = venue.check(qr, trust, RevocationList.empty(), kst("2022-01-10T12:00"));
    assertEquals("PRIMARY_SERIES_COMPLETE", verdict.reason());
    assertEquals(shortExp.plusMillis(1), verdict.validUntil());
  }

  @Test
  void nothingOfAPassWhoseSignatureFailsIsShown() {
    var other = TestIssuer.es256();
    var qr = other.issue(TestIssuer.vaccination(UVCI, "2021-12-01"), IAT, EXP);
    var verdict = venue.check(qr, trust, RevocationList.empty(), kst("2022-01-10T12:00"));
    assertFalse(verdict.valid());
    assertNull(verdict.rules());
    assertEquals("", verdict.maskedName());
    assertEquals("", verdict.maskedBirthDate());
  }

  @Test
  void aPartialBirthDateCountsFromItsFirstPossibleDay() {
    assertEquals(LocalDate.of(2003, 1, 1), DccHistory.earliestBirthDate("2003"));
    assertEquals(LocalDate.of(2003, 5, 1), DccHistory.earliestBirthDate("2003-05"));
    assertEquals(LocalDate.of(2003, 5, 9), DccHistory.earliestBirthDate("2003-05-09"));
    assertNull(DccHistory.earliestBirthDate(""));
    assertNull(DccHistory.earliestBirthDate("20xx"));
  }

  private static CBORObject test(String type, String result, String sampled) {
    var t =
        CBORObject.NewMap()
            .Add("tg", "840539006")
            .Add("tt", type)
            .Add("nm", "PCR test")
            .Add("sc", sampled)
            .Add("tr", result)
            .Add("tc", "Seoul testing centre")
            .Add("co", "KR")
            .Add("is", "Korea Disease Control and Prevention Agency")
            .Add("ci", UVCI);
    return TestIssuer.person().Add("t", CBORObject.NewArray().Add(t));
  }

  private static CBORObject recovery(String firstPositive, String from, String until) {
    var r =
        CBORObject.NewMap()
            .Add("tg", "840539006")
            .Add("fr", firstPositive)
            .Add("co", "KR")
            .Add("is", "Korea Disease Control and Prevention Agency")
            .Add("df", from)
            .Add("du", until)
            .Add("ci", UVCI);
    return TestIssuer.person().Add("r", CBORObject.NewArray().Add(r));
  }
}
