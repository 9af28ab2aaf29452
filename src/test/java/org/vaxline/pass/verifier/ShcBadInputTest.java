package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.vaxline.pass.verifier.ShcVerifierTest.NEXT_DAY;
import static org.vaxline.pass.verifier.ShcVerifierTest.TRUSTED_KID;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad SMART Health Card input: a clear reason in bounded time and memory, never a crash. */
class ShcBadInputTest {

  static ShcTestData data;

  @BeforeAll
  static void load() throws Exception {
    ShcVerifierTest.load();
    data = ShcVerifierTest.data;
  }

  static ShcReason reason(String... codes) {
    return ShcVerifierTest.verify(List.of(codes), NEXT_DAY).reason();
  }

  static String numeric(String jws) {
    var qr = new StringBuilder("shc:/");
    jws.chars().forEach(c -> qr.append(String.format("%02d", c - 45)));
    return qr.toString();
  }

  @Test
  void anythingButShcDigitsIsNotAHealthCard() {
    assertEquals(ShcReason.NOT_SHC, reason("HC1:NCF"));
    assertEquals(ShcReason.NOT_SHC, reason("shc:/12a4"));
    assertEquals(
        ShcReason.NOT_SHC,
        ShcVerifierTest.VERIFIER
            .verify((String) null, ShcVerifierTest.issuers, ShcVerifierTest.revocations, NEXT_DAY)
            .reason());
  }

  @Test
  void digitsThatPairIntoNoJwsCharacterAreRefused() {
    assertEquals(ShcReason.NUMERIC, reason("shc:/123"));
    assertEquals(ShcReason.NUMERIC, reason("shc:/5678"));
  }

  @Test
  void aMissingOrRepeatedChunkIsRefused() throws Exception {
    var codes = data.qrCodes("02");
    assertEquals(ShcReason.CHUNKS, reason(codes.get(0), codes.get(1)));
    assertEquals(ShcReason.CHUNKS, reason(codes.get(0), codes.get(0), codes.get(2)));
  }

  @Test
  void aCodeLongerThanAnyCardIsTooLarge() {
    assertEquals(ShcReason.TOO_LARGE, reason("shc:/" + "0".repeat(2 * ShcQr.MAX_JWS_LENGTH)));
  }

  @Test
  void aJwsThatIsNotEs256WithDeflateIsRefused() {
    var header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"kid\":\"x\"}".getBytes());
    assertEquals(ShcReason.JWS, reason(numeric(header + ".e30.")));
    assertEquals(ShcReason.JWS, reason(numeric("not.a-jws")));
  }

  @Test
  void aSignedZipBombStopsAtTheLimit() throws Exception {
    var bomb = "{\"pad\":\"" + "A".repeat(4 * ShcVerifier.MAX_PAYLOAD_BYTES) + "\"}";
    var qr = ShcTestData.qr(data.signingKey(TRUSTED_KID), bomb);
    assertEquals(ShcReason.TOO_LARGE, reason(qr));
  }

  @Test
  void aSignedPayloadThatIsNoHealthCardIsRefused() throws Exception {
    var key = data.signingKey(TRUSTED_KID);
    assertEquals(ShcReason.PAYLOAD, reason(ShcTestData.qr(key, "[1,2,3]")));
    var noType = "{\"iss\":\"" + ShcTestData.ISSUER + "\",\"nbf\":1,\"vc\":{\"type\":[]}}";
    assertEquals(ShcReason.PAYLOAD, reason(ShcTestData.qr(key, noType)));
  }

  @Test
  void everyCorruptionOfAValidCardEndsInAResult() throws Exception {
    var random = new Random(11);
    var qr = data.qrCodes("00").get(0);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < 1_000; i++) {
            var text = qr.toCharArray();
            text[5 + random.nextInt(text.length - 5)] = (char) ('0' + random.nextInt(10));
            assertNotNull(reason(new String(text)));
          }
        });
  }
}
