package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;

/**
 * The SMART Health Cards examples (system property {@code shc.testdata}, default {@code
 * ../shared/testdata/shc}: the spec's published examples, their issuer's keys and CRL, and the
 * spec's test signing keys), and a test-only signer that makes cards as the spec encodes them.
 */
record ShcTestData(Path folder) {

  static final String ISSUER = "https://spec.smarthealth.cards/examples/issuer";

  static ShcTestData load() {
    var folder = Path.of(System.getProperty("shc.testdata", "../shared/testdata/shc"));
    if (!Files.isDirectory(folder)) {
      fail(
          "No SMART Health Cards examples at "
              + folder.toAbsolutePath()
              + ": set -Dshc.testdata=<folder>");
    }
    return new ShcTestData(folder);
  }

  String read(String file) throws IOException {
    return Files.readString(folder.resolve(file)).strip();
  }

  List<String> qrCodes(String example) throws IOException {
    try (var files = Files.list(folder)) {
      var codes =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("example-" + example + "-f-qr-code-numeric-value-"))
              .sorted()
              .toList();
      var texts = new java.util.ArrayList<String>();
      for (var code : codes) {
        texts.add(read(code));
      }
      return texts;
    }
  }

  ShcIssuers issuers() throws IOException, ParseException {
    return ShcIssuers.of(ISSUER, JWKSet.parse(read("issuer/.well-known/jwks.json")));
  }

  /** Every CRL the issuer published, one per key. */
  ShcRevocationList revocations() throws IOException, ParseException {
    var byKid = new HashMap<String, List<String>>();
    try (var files = Files.list(folder.resolve("issuer/.well-known/crl"))) {
      for (var crl : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        var json = JSONObjectUtils.parse(Files.readString(crl));
        byKid.put(
            JSONObjectUtils.getString(json, "kid"), JSONObjectUtils.getStringList(json, "rids"));
      }
    }
    return new ShcRevocationList(byKid);
  }

  /** One of the spec's published test signing keys (never to be trusted outside tests). */
  ECKey signingKey(String kid) throws IOException, ParseException {
    return (ECKey)
        JWKSet.parse(read("test-signing-keys/issuer.jwks.private.json")).getKeyByKeyId(kid);
  }

  /** A card signed as the spec says: ES256, raw DEFLATE, then shc:/ and two digits a character. */
  static String qr(ECKey key, String payloadJson) throws JOSEException {
    var header =
        new JWSHeader.Builder(JWSAlgorithm.ES256)
            .keyID(key.getKeyID())
            .customParam("zip", "DEF")
            .build();
    var jws =
        new JWSObject(
            header,
            new Payload(TestIssuer.deflate(payloadJson.getBytes(StandardCharsets.UTF_8), true)));
    jws.sign(new ECDSASigner(key));
    var qr = new StringBuilder("shc:/");
    jws.serialize().chars().forEach(c -> qr.append(String.format("%02d", c - 45)));
    return qr.toString();
  }
}
