package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.vaxline.pass.verifier.HcertVerifierTest.ISSUER;
import static org.vaxline.pass.verifier.HcertVerifierTest.NOON;
import static org.vaxline.pass.verifier.HcertVerifierTest.PASS;
import static org.vaxline.pass.verifier.HcertVerifierTest.verify;

import com.upokecenter.cbor.CBORObject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.codec.binary.Base45;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, acceptance 5: bad input gets a clear result in bounded time and memory, never a crash.
 */
class HcertBadInputTest {

  @Test
  void textWithoutTheHc1PrefixIsNotHc1() {
    assertEquals(HcertReason.NOT_HC1, verify(PASS.substring(4), NOON).reason());
    assertEquals(HcertReason.NOT_HC1, verify("HC2:" + PASS.substring(4), NOON).reason());
    assertEquals(HcertReason.NOT_HC1, verify("", NOON).reason());
  }

  @Test
  void noTextAtAllIsRefusedNotThrown() {
    assertEquals(HcertReason.NOT_HC1, verify(null, NOON).reason());
  }

  @Test
  void textLongerThanAnyQrCodeIsTooLargeBeforeItIsDecoded() {
    var oversized = "HC1:" + "0".repeat(Hc1Text.MAX_LENGTH);
    assertEquals(HcertReason.TOO_LARGE, verify(oversized, NOON).reason());
  }

  @Test
  void brokenBase45IsRefused() {
    assertEquals(HcertReason.BASE45, verify("HC1:abc", NOON).reason());
    assertEquals(HcertReason.BASE45, verify("HC1:GGW", NOON).reason());
    assertEquals(HcertReason.BASE45, verify(PASS + "~", NOON).reason());
  }

  @Test
  void dataThatIsNotZlibIsRefused() {
    var raw = "HC1:" + new Base45().encodeToString(HcertVerifierTest.cose(PASS));
    assertEquals(HcertReason.DECOMPRESSION, verify(raw, NOON).reason());
  }

  @Test
  void aTruncatedZlibStreamIsRefused() {
    var zlib = TestIssuer.zlib(HcertVerifierTest.cose(PASS));
    var truncated = Arrays.copyOf(zlib, zlib.length / 2);
    var qr = "HC1:" + new Base45().encodeToString(truncated);
    assertEquals(HcertReason.DECOMPRESSION, verify(qr, NOON).reason());
  }

  @Test
  void aZipBombThatFitsInAQrCodeStopsAtTheLimit() {
    var bomb = TestIssuer.zlib(new byte[2 * 1024 * 1024]);
    var qr = "HC1:" + new Base45().encodeToString(bomb);
    assertFalse(qr.length() > Hc1Text.MAX_LENGTH, "the bomb must pass the length check");
    var result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> verify(qr, NOON));
    assertEquals(HcertReason.TOO_LARGE, result.reason());
  }

  @Test
  void malformedCborIsRefused() {
    var qr = TestIssuer.hc1(new byte[] {(byte) 0xff, (byte) 0xfe, 0x1f});
    assertEquals(HcertReason.CBOR, verify(qr, NOON).reason());
  }

  @Test
  void cborNestedDeeperThanADccIsRefused() {
    var deep = new byte[200];
    Arrays.fill(deep, (byte) 0x81);
    deep[deep.length - 1] = 0;
    assertEquals(HcertReason.CBOR, verify(TestIssuer.hc1(deep), NOON).reason());
  }

  @Test
  void cborThatIsNotACoseSign1IsRefused() {
    var notCose = CBORObject.NewArray().Add(1).Add(2).EncodeToBytes();
    assertEquals(HcertReason.COSE, verify(TestIssuer.hc1(notCose), NOON).reason());
  }

  @Test
  void anUnsupportedAlgorithmIsRefused() {
    var es384 = CBORObject.NewMap().Add(1, -35).Add(4, ISSUER.kid().bytes()).EncodeToBytes();
    var payload =
        TestIssuer.claims(
            TestIssuer.vaccination("URN:UVCI:01:KR:X", "2021-12-06"),
            HcertVerifierTest.IAT,
            HcertVerifierTest.EXP);
    var qr = TestIssuer.hc1(ISSUER.sign(es384, CBORObject.NewMap(), payload));
    assertEquals(HcertReason.COSE, verify(qr, NOON).reason());
  }

  @Test
  void aKidOfTheWrongLengthIsUnknown() {
    var shortKid = CBORObject.NewMap().Add(1, -7).Add(4, new byte[] {1, 2, 3}).EncodeToBytes();
    var payload =
        TestIssuer.claims(TestIssuer.person(), HcertVerifierTest.IAT, HcertVerifierTest.EXP);
    var qr = TestIssuer.hc1(ISSUER.sign(shortKid, CBORObject.NewMap(), payload));
    assertEquals(HcertReason.UNKNOWN_KID, verify(qr, NOON).reason());
  }

  @Test
  void aSignedPayloadWithoutCwtClaimsIsRefused() {
    var qr = TestIssuer.hc1(ISSUER.sign(CBORObject.FromObject("not claims").EncodeToBytes()));
    assertEquals(HcertReason.CWT, verify(qr, NOON).reason());
  }

  /** Thousands of random corruptions of a valid pass: each gets an answer, none a crash. */
  @Test
  void everyCorruptionOfAValidPassEndsInAResult() {
    var random = new Random(7);
    var cose = HcertVerifierTest.cose(PASS);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < 1_000; i++) {
            var corrupt = cose.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
              corrupt[random.nextInt(corrupt.length)] ^= (byte) (1 + random.nextInt(255));
            }
            assertNotNull(verify(TestIssuer.hc1(corrupt), NOON).reason());
            var text = PASS.toCharArray();
            text[4 + random.nextInt(text.length - 4)] = (char) (32 + random.nextInt(95));
            assertNotNull(verify(new String(text), NOON).reason());
          }
        });
  }
}
