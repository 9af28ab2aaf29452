package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.digg.dgc.service.impl.DefaultDGCDecoder;
import se.digg.dgc.signatures.impl.DefaultDGCSignatureVerifier;

/**
 * The independent verifier from Maven Central (se.digg.dgc:dgc-create-validate, test scope) reads
 * what Vaxline's reads: an EU test pass and a pass made as Vaxline's issuer will make them. This is
 * the harness for issue 7's round trip, once Vaxline issues passes.
 */
class IndependentVerifierTest {

  static DefaultDGCDecoder digg(X509Certificate signer, Instant at) {
    var verifier = new DefaultDGCSignatureVerifier();
    verifier.setTestValidationTime(at);
    return new DefaultDGCDecoder(verifier, (country, kid) -> List.of(signer));
  }

  @Test
  void anEuTestPassVerifiesInBothVerifiers() throws Exception {
    var root = Path.of(System.getProperty("dcc.testdata", "../shared/testdata/dcc"));
    var file = DccTestFile.read(root, root.resolve("common/2DCode/raw/CO3.json"));
    var qr = file.text("PREFIX").orElseThrow();
    var signer = file.certificate().orElseThrow();
    var at = file.validationClock().orElseThrow();

    var ours =
        new HcertVerifier().verify(qr, TrustList.of(List.of(signer)), RevocationList.empty(), at);
    var theirs = digg(signer, at).decode(qr);

    assertTrue(ours.valid(), ours.toString());
    var dcc = ((HcertVerification.Valid) ours).pass().certificate();
    assertEquals(theirs.getNam().getFnt(), dcc.nam().fnt());
    assertEquals(theirs.getV().get(0).getCi(), dcc.ci());
  }

  @Test
  void aPassSignedAsVaxlineWillSignItVerifiesInBothVerifiers() throws Exception {
    var issuer = TestIssuer.es256();
    var pass = HcertVerifierTest.PASS_OF.apply(issuer);
    var at = HcertVerifierTest.NOON;

    var ours = new HcertVerifier().verify(pass, issuer.trustList(), RevocationList.empty(), at);
    var theirs = digg(issuer.certificate(), at).decode(pass);

    assertTrue(ours.valid(), ours.toString());
    assertEquals("HONG", theirs.getNam().getFnt());
    assertEquals(HcertVerifierTest.UVCI, theirs.getV().get(0).getCi());
  }
}
