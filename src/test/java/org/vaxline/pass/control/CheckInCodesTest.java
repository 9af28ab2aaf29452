package org.vaxline.pass.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.verifier.HcertReason;
import org.vaxline.pass.verifier.PassReason;
import org.vaxline.pass.verifier.RevocationList;
import org.vaxline.pass.verifier.VenueVerdict;
import org.vaxline.platform.control.SettableClock;

/** A check-in code holds for 30 seconds to the millisecond, and only for its own, valid pass. */
class CheckInCodesTest {

  private static final Instant ISSUED = Instant.parse("2022-01-10T03:00:00Z");
  private static final Instant PASS_ENDS = Instant.parse("2022-06-04T15:00:00Z");
  private static final String ENTRY = Revocations.entryFor("URN:UVCI:01:KR:ABCDEFGHIJ0123456789#5");
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();

  private final SettableClock clock = new SettableClock(ISSUED);
  private final CheckInCodes codes = new CheckInCodes(KEY, clock);
  private final VenueVerdict pass =
      new VenueVerdict(
          HcertReason.VALID, PassReason.PRIMARY_SERIES_COMPLETE, PASS_ENDS, "홍*동", "1980-**-**");

  @Test
  void acceptedUntilOneMillisecondBeforeThirtySecondsAfterIssue() {
    var code = codes.issue(ENTRY, pass);
    assertEquals(ISSUED.plusSeconds(30), code.expiresAt());
    clock.advance(Duration.ofSeconds(30).minusMillis(1));
    var verdict = codes.check(code.code(), RevocationList.empty());
    assertTrue(verdict.valid(), verdict::toString);
    assertEquals("PRIMARY_SERIES_COMPLETE", verdict.reason());
    assertEquals("홍*동", verdict.maskedName());
    assertEquals("1980-**-**", verdict.maskedBirthDate());
    assertEquals(PASS_ENDS, verdict.validUntil());
    clock.advance(Duration.ofMillis(1));
    assertEquals(
        CheckInVerdict.CODE_EXPIRED, codes.check(code.code(), RevocationList.empty()).reason());
  }

  @Test
  void aCodeForARevokedPassIsRefused() {
    var code = codes.issue(ENTRY, pass);
    var verdict = codes.check(code.code(), RevocationList.of(List.of(ENTRY)));
    assertFalse(verdict.valid());
    assertEquals("REVOKED", verdict.reason());
  }

  @Test
  void aCodeIsRefusedFromTheInstantItsPassEnds() {
    clock.advance(Duration.between(ISSUED, PASS_ENDS).minusSeconds(10));
    var code = codes.issue(ENTRY, pass);
    clock.advance(Duration.ofSeconds(10).minusMillis(1));
    assertTrue(codes.check(code.code(), RevocationList.empty()).valid());
    clock.advance(Duration.ofMillis(1));
    assertEquals("EXPIRED", codes.check(code.code(), RevocationList.empty()).reason());
  }

  @Test
  void aForgedOrForeignCodeIsInvalid() {
    var code = codes.issue(ENTRY, pass).code();
    var otherKey = new CheckInCodes("fedcba9876543210fedcba9876543210".getBytes(), clock);
    for (var forged :
        List.of(
            otherKey.issue(ENTRY, pass).code(),
            code.substring(0, code.length() - 2) + "AA",
            "",
            "not a code",
            "a".repeat(10_000))) {
      var verdict = codes.check(forged, RevocationList.empty());
      assertFalse(verdict.valid());
      assertEquals(CheckInVerdict.CODE_INVALID, verdict.reason());
    }
  }

  @Test
  void noCodeForAPassThatIsNotValid() {
    var notYet =
        new VenueVerdict(HcertReason.VALID, PassReason.NOT_YET_VALID, null, "홍*동", "1980-**-**");
    assertThrows(IllegalArgumentException.class, () -> codes.issue(ENTRY, notYet));
  }
}
