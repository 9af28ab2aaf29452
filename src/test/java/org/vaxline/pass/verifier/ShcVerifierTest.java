package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, acceptance 1: the SMART Health Cards examples, with the same verifier design as HCERT.
 */
@Tag("time-rules")
class ShcVerifierTest {

  static final ShcVerifier VERIFIER = new ShcVerifier();
  static final String TRUSTED_KID = "3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s";
  static final String UNPUBLISHED_KID = "7rIUtD5K5Izrptr3ywgESTxhgJtJSeb06V42hg7WUDs";

  /** The examples were issued on 2023-06-22 at 16:19:24.656 UTC. */
  static final Instant NEXT_DAY = Instant.parse("2023-06-23T09:00:00Z");

  static ShcTestData data;
  static ShcIssuers issuers;
  static ShcRevocationList revocations;

  @BeforeAll
  static void load() throws Exception {
    data = ShcTestData.load();
    issuers = data.issuers();
    revocations = data.revocations();
  }

  static ShcVerification verify(List<String> codes, Instant at) {
    return VERIFIER.verify(codes, issuers, revocations, at);
  }

  @Test
  void eachNumericQrCodeDecodesToItsExampleJws() throws Exception {
    for (var example : List.of("00", "01", "02", "03")) {
      var jws = new ShcQr(data.qrCodes(example)).jws();
      assertEquals(data.read("example-" + example + "-d-jws.txt"), jws, "example " + example);
    }
  }

  @Test
  void threeCovidDosesSignedByAPublishedKeyAreValid() throws Exception {
    var valid = assertInstanceOf(ShcVerification.Valid.class, verify(data.qrCodes("00"), NEXT_DAY));
    var card = valid.card();
    assertEquals(ShcTestData.ISSUER, card.iss());
    assertEquals("A*******n J**n B.", card.holder().maskedName());
    assertEquals("1951-**-**", card.holder().maskedBirthDate());
    assertEquals(3, card.immunizations().size());
    var first = card.immunizations().get(0);
    assertEquals("207", first.code());
    assertEquals(LocalDate.of(2021, 1, 1), first.date());
    assertTrue(first.completed());
  }

  @Test
  void aCardSignedByTheKeyWithAnX5cChainIsValid() throws Exception {
    assertEquals(ShcReason.VALID, verify(data.qrCodes("01"), NEXT_DAY).reason());
  }

  @Test
  void aCardChunkedOverThreeCodesIsValidInAnyOrder() throws Exception {
    var codes = data.qrCodes("02");
    assertEquals(3, codes.size());
    assertEquals(ShcReason.VALID, verify(codes, NEXT_DAY).reason());
    var shuffled = List.of(codes.get(2), codes.get(0), codes.get(1));
    assertEquals(ShcReason.VALID, verify(shuffled, NEXT_DAY).reason());
  }

  @Test
  void theCardWhoseRidIsOnTheCrlIsRevoked() throws Exception {
    var result = verify(data.qrCodes("03"), NEXT_DAY);
    assertEquals(ShcReason.REVOKED, result.reason());
    var card = assertInstanceOf(ShcVerification.Invalid.class, result).card().orElseThrow();
    assertEquals("vwAjHdarZuc", card.rid());
  }

  @Test
  void aRidRevokedWithATimestampSparesCardsIssuedFromThen() {
    var crl = ShcRevocationList.of("k", List.of("abc.1000"));
    assertTrue(crl.revokes("k", "abc", Instant.ofEpochSecond(1000).minusMillis(1)));
    assertEquals(false, crl.revokes("k", "abc", Instant.ofEpochSecond(1000)));
    assertTrue(ShcRevocationList.of("k", List.of("abc")).revokes("k", "abc", Instant.MAX));
  }

  @Test
  void theRevokedCardExpiresOneMillisecondAfterItsExp() throws Exception {
    var exp = Instant.parse("2024-06-21T16:19:24.657Z");
    assertEquals(ShcReason.REVOKED, verify(data.qrCodes("03"), exp).reason());
    assertEquals(ShcReason.EXPIRED, verify(data.qrCodes("03"), exp.plusMillis(1)).reason());
  }

  @Test
  void notValidBeforeItsNbfToTheMillisecond() throws Exception {
    var nbf = Instant.parse("2023-06-22T16:19:24.656Z");
    assertEquals(ShcReason.NOT_YET_VALID, verify(data.qrCodes("00"), nbf.minusMillis(1)).reason());
    assertEquals(ShcReason.VALID, verify(data.qrCodes("00"), nbf).reason());
  }

  @Test
  void aCardSignedByAKeyTheIssuerDidNotPublishIsUnknown() throws Exception {
    var qr =
        ShcTestData.qr(
            data.signingKey(UNPUBLISHED_KID), data.read("example-00-c-jws-payload-minified.json"));
    assertEquals(ShcReason.UNKNOWN_KEY, verify(List.of(qr), NEXT_DAY).reason());
  }

  @Test
  void aCardClaimingAnotherIssuerThanItsKeysIsRefused() throws Exception {
    var payload =
        data.read("example-00-c-jws-payload-minified.json")
            .replace(ShcTestData.ISSUER, "https://issuer.example.org");
    var qr = ShcTestData.qr(data.signingKey(TRUSTED_KID), payload);
    assertEquals(ShcReason.UNKNOWN_ISSUER, verify(List.of(qr), NEXT_DAY).reason());
  }

  @Test
  void aTamperedJwsFailsItsSignature() throws Exception {
    var jws = data.read("example-00-d-jws.txt");
    var dot = jws.lastIndexOf('.');
    var tampered =
        jws.substring(0, dot - 4)
            + (jws.charAt(dot - 4) == 'A' ? 'B' : 'A')
            + jws.substring(dot - 3);
    var qr = new StringBuilder("shc:/");
    tampered.chars().forEach(c -> qr.append(String.format("%02d", c - 45)));
    var reason = verify(List.of(qr.toString()), NEXT_DAY).reason();
    assertEquals(ShcReason.SIGNATURE, reason);
  }
}
