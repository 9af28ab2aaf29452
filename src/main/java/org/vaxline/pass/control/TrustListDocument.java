package org.vaxline.pass.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64;
import jakarta.json.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.vaxline.pass.issuer.DocumentSigner;
import org.vaxline.pass.issuer.PassKeys;
import org.vaxline.pass.verifier.Kid;
import org.vaxline.platform.control.KoreaTime;

/**
 * The trust list as a venue app downloads it: a compact JWS (RFC 7515) whose payload lists every
 * document signer's certificate with its kid and validity, signed ES256 by the current document
 * signer, whose certificate chain (signer, then CSCA) is in the {@code x5c} header.
 *
 * <p>Why the document signer signs: the CSCA's private key is kept offline, as a country signing
 * CA's must be (HCERT 1.0.5 appendix A; ICAO 9303 part 12), so no node holds it; the document
 * signer is the one key on every node that the CSCA certified. A venue app pins the CSCA
 * certificate, which it needs anyway, checks the x5c chain against it and the JWS against the
 * chain's first certificate, so a list cannot be forged without a key the CSCA certified.
 */
public final class TrustListDocument {

  public static final String MEDIA_TYPE = "application/jose";
  static final JOSEObjectType TYPE = new JOSEObjectType("vaxline-trust-list+jws");

  private TrustListDocument() {}

  /**
   * The signed list. Its version is a hash of the signers' certificates: the same keystore gives
   * the same version on every node and after every restart.
   */
  public static PublishedDocument sign(PassKeys keys) {
    var signers =
        keys.signers().stream()
            .map(DocumentSigner::certificate)
            .sorted(Comparator.comparing(TrustListDocument::der, java.util.Arrays::compare))
            .toList();
    var version = version(signers);
    var jws = new JWSObject(header(keys), new Payload(payload(version, signers)));
    try {
      jws.sign(new ECDSASigner((ECPrivateKey) keys.current().privateKey()));
    } catch (JOSEException | ClassCastException e) {
      throw new IllegalStateException("the trust list cannot be signed", e);
    }
    return new PublishedDocument(version, jws.serialize());
  }

  private static JWSHeader header(PassKeys keys) {
    var signer = keys.current();
    return new JWSHeader.Builder(JWSAlgorithm.ES256)
        .type(TYPE)
        .keyID(signer.kid().base64())
        .x509CertChain(
            List.of(Base64.encode(der(signer.certificate())), Base64.encode(der(keys.csca()))))
        .build();
  }

  private static String payload(String version, List<X509Certificate> signers) {
    var list = Json.createArrayBuilder();
    for (var certificate : signers) {
      list.add(
          Json.createObjectBuilder()
              .add("kid", Kid.of(certificate).base64())
              .add("certificate", java.util.Base64.getEncoder().encodeToString(der(certificate)))
              .add("notBefore", KoreaTime.text(certificate.getNotBefore().toInstant()))
              .add("notAfter", KoreaTime.text(certificate.getNotAfter().toInstant())));
    }
    return Json.createObjectBuilder()
        .add("version", version)
        .add("country", "KR")
        .add("signers", list)
        .build()
        .toString();
  }

  private static String version(List<X509Certificate> signers) {
    try {
      var sha256 = MessageDigest.getInstance("SHA-256");
      signers.forEach(certificate -> sha256.update(der(certificate)));
      return HexFormat.of().formatHex(sha256.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("a certificate without DER", e);
    }
  }
}
