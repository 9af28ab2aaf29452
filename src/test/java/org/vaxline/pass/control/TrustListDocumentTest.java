package org.vaxline.pass.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.Json;
import java.io.StringReader;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.issuer.PassKeys;
import org.vaxline.pass.verifier.Kid;

/** The trust list is a JWS by a key the CSCA certified, versioned by its signers, with an ETag. */
class TrustListDocumentTest {

  private final PublishedDocument document = TrustListDocument.sign(Passes.KEYS);

  @Test
  void signedByTheCurrentSignerWhoseChainEndsAtTheCsca() throws Exception {
    var jws = JWSObject.parse(document.body());
    assertEquals("vaxline-trust-list+jws", jws.getHeader().getType().getType());
    var chain = jws.getHeader().getX509CertChain();
    assertEquals(2, chain.size());
    var signer = X509CertUtils.parse(chain.get(0).decode());
    var csca = X509CertUtils.parse(chain.get(1).decode());
    assertEquals(Passes.KEYS.current().certificate(), signer);
    assertEquals(Passes.KEYS.csca(), csca);
    signer.verify(csca.getPublicKey());
    assertTrue(jws.verify(new ECDSAVerifier((ECPublicKey) signer.getPublicKey())));
  }

  @Test
  void listsEverySignerWithItsKidAndValidity() throws Exception {
    var payload = payload();
    assertEquals(document.version(), payload.getString("version"));
    var kids = new HashSet<String>();
    for (var value : payload.getJsonArray("signers")) {
      var signer = value.asJsonObject();
      var certificate =
          X509CertUtils.parse(Base64.getDecoder().decode(signer.getString("certificate")));
      assertEquals(Kid.of(certificate).base64(), signer.getString("kid"));
      assertEquals(
          certificate.getNotAfter().toInstant(), Instant.parse(signer.getString("notAfter")));
      kids.add(signer.getString("kid"));
    }
    var expected = new HashSet<String>();
    Passes.KEYS.signers().forEach(signer -> expected.add(signer.kid().base64()));
    assertEquals(expected, kids);
  }

  @Test
  void theVersionFollowsTheSignersNotTheSignatureNorTheCurrentSigner() {
    var again = TrustListDocument.sign(Passes.KEYS.rotateTo("demo-signer-2"));
    assertEquals(document.version(), again.version());
    assertNotEquals(document.body(), again.body());
    var otherKeys = PassKeys.demo(Clock.systemUTC());
    assertNotEquals(document.version(), TrustListDocument.sign(otherKeys).version());
  }

  @Test
  void ifNoneMatchComparesWeaklyAsRfc9110Says() {
    var etag = document.etag();
    assertTrue(etag.startsWith("\"") && etag.endsWith("\""));
    assertTrue(document.matches(etag));
    assertTrue(document.matches("W/" + etag));
    assertTrue(document.matches("\"other\", " + etag));
    assertTrue(document.matches("*"));
    assertFalse(document.matches("\"other\""));
    assertFalse(document.matches(null));
    assertFalse(document.matches(etag.substring(1, etag.length() - 1)));
  }

  private jakarta.json.JsonObject payload() throws Exception {
    var text = JWSObject.parse(document.body()).getPayload().toString();
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
