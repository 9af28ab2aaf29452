package org.vaxline.pass.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.issuer.IssuedPass;
import org.vaxline.pass.verifier.Cue;
import org.vaxline.pass.verifier.PassRules;
import org.vaxline.pass.verifier.RevocationList;

/**
 * The online check remembers a pass's signature, never its verdict: a remembered pass is still
 * refused once revoked or expired, and judged by the rules at each instant.
 */
class CachedVenueCheckTest {

  private final CachedVenueCheck check =
      new CachedVenueCheck(Passes.KEYS.trustList(), PassRules.korea2022(), 2);
  private final IssuedPass pass = Passes.twoDoses();
  private final String qr = pass.qrText();
  private final RevocationList none = RevocationList.empty();

  @Test
  void aValidPassGivesTheMaskedHolderTheEndAndTheVoice() {
    var verdict = check.check(qr, none, Passes.kst("2022-01-10T12:00"));
    assertTrue(verdict.valid(), verdict::toString);
    assertEquals("PRIMARY_SERIES_COMPLETE", verdict.reason());
    assertEquals("홍*동", verdict.maskedName());
    assertEquals("1980-**-**", verdict.maskedBirthDate());
    assertEquals(Cue.VOICE_VALID, verdict.cue());
    // 180 days after 6 December 2021, through 24:00 KST.
    assertEquals(Passes.kst("2022-06-05T00:00"), verdict.validUntil());
  }

  @Test
  void notYetValidUntilFourteenDaysAfterTheSecondDoseToTheMillisecond() {
    var before = check.check(qr, none, Passes.COUNTS_FROM.minusMillis(1));
    assertFalse(before.valid());
    assertEquals("NOT_YET_VALID", before.reason());
    assertEquals(Cue.CHIME_INVALID, before.cue());
    assertTrue(check.check(qr, none, Passes.COUNTS_FROM).valid());
  }

  @Test
  void aRememberedPassIsRefusedOnceRevoked() {
    var at = Passes.kst("2022-01-10T12:00");
    assertTrue(check.check(qr, none, at).valid());
    assertEquals(1, check.remembered());
    var revoked = RevocationList.of(List.of(Revocations.entryFor(pass.uvci().value())));
    var verdict = check.check(qr, revoked, at);
    assertFalse(verdict.valid());
    assertEquals("REVOKED", verdict.reason());
    assertEquals("", verdict.maskedName());
  }

  @Test
  void aRememberedPassIsRefusedOneMillisecondAfterItsExp() {
    assertTrue(check.check(qr, none, Passes.kst("2022-01-10T12:00")).valid());
    var atExp = check.check(qr, none, Passes.EXP);
    var after = check.check(qr, none, Passes.EXP.plusMillis(1));
    // The rules ended the series on 5 June; the signature's own window ends at exp.
    assertEquals("EXPIRED", atExp.reason());
    assertEquals("EXPIRED", after.reason());
    assertFalse(after.valid());
  }

  @Test
  void aTamperedPassIsRefusedAndNotRemembered() {
    var tampered = qr.substring(0, 40) + (qr.charAt(40) == 'A' ? 'B' : 'A') + qr.substring(41);
    var verdict = check.check(tampered, none, Passes.kst("2022-01-10T12:00"));
    assertFalse(verdict.valid());
    assertEquals(0, check.remembered());
  }

  @Test
  void garbageIsNotValidAndNeverPushesOutARememberedPass() {
    var at = Passes.kst("2022-01-10T12:00");
    check.check(qr, none, at);
    for (var garbage : List.of("", "HC1:", "HC1:%%%", "hello", "HC1:" + "A".repeat(5000))) {
      var verdict = check.check(garbage, none, at);
      assertFalse(verdict.valid(), garbage);
    }
    assertEquals("NOT_HC1", check.check("hello", none, at).reason());
    assertEquals("TOO_LARGE", check.check("HC1:" + "A".repeat(5000), none, at).reason());
    assertEquals(1, check.remembered());
  }

  @Test
  void theCacheIsBounded() {
    var at = Passes.kst("2022-01-10T12:00");
    for (int i = 0; i < 5; i++) {
      assertTrue(check.check(Passes.twoDoses().qrText(), none, at).valid());
    }
    assertEquals(2, check.remembered());
  }
}
