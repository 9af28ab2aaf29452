package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.codec.binary.Base45;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test-only HCERT issuer: a fresh key and a self-signed document-signer certificate, and the
 * steps of HCERT 1.0.8 (CWT, COSE_Sign1, zlib, Base45, HC1:) exposed one by one, so a test can
 * break any of them. Vaxline's real issuer lives elsewhere; this one only makes test passes.
 */
record TestIssuer(KeyPair keys, X509Certificate certificate, CoseAlgorithm algorithm) {

  static final Instant SIGNER_FROM = Instant.parse("2021-01-01T00:00:00Z");
  static final Instant SIGNER_UNTIL = Instant.parse("2023-01-01T00:00:00Z");

  /** A P-256 (ES256) document signer, with the given extended key usages if any. */
  static TestIssuer es256(String... extendedKeyUsages) {
    return create(
        "EC", new ECGenParameterSpec("secp256r1"), CoseAlgorithm.ES256, extendedKeyUsages);
  }

  /** An RSA 2048 (PS256) document signer, HCERT's secondary algorithm. */
  static TestIssuer ps256() {
    return create("RSA", null, CoseAlgorithm.PS256);
  }

  private static TestIssuer create(
      String keyType, ECGenParameterSpec curve, CoseAlgorithm algorithm, String... usages) {
    try {
      var generator = KeyPairGenerator.getInstance(keyType);
      if (curve != null) {
        generator.initialize(curve);
      } else {
        generator.initialize(2048);
      }
      var keys = generator.generateKeyPair();
      return new TestIssuer(keys, selfSigned(keys, usages), algorithm);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate selfSigned(KeyPair keys, String... usages) throws Exception {
    var name = new X500Name("CN=Vaxline test document signer, C=KR");
    var builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.valueOf(System.nanoTime()),
            Date.from(SIGNER_FROM),
            Date.from(SIGNER_UNTIL),
            name,
            keys.getPublic());
    if (usages.length > 0) {
      var purposes =
          Arrays.stream(usages)
              .map(oid -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid)))
              .toArray(KeyPurposeId[]::new);
      builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
    }
    var signatureAlgorithm =
        keys.getPublic().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    var signer = new JcaContentSignerBuilder(signatureAlgorithm).build(keys.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  Kid kid() {
    return Kid.of(certificate);
  }

  TrustList trustList() {
    return TrustList.of(List.of(certificate));
  }

  /** A complete pass: the DCC signed in a CWT valid from iat to exp, as QR text. */
  String issue(CBORObject dcc, Instant iat, Instant exp) {
    return hc1(sign(claims(dcc, iat, exp)));
  }

  static byte[] claims(CBORObject dcc, Instant iat, Instant exp) {
    return CBORObject.NewMap()
        .Add(1, "KR")
        .Add(6, iat.getEpochSecond())
        .Add(4, exp.getEpochSecond())
        .Add(-260, CBORObject.NewMap().Add(1, dcc))
        .EncodeToBytes();
  }

  /** COSE_Sign1 with alg and kid in the protected header, tagged 18 (RFC 9052 §4.2). */
  byte[] sign(byte[] payload) {
    var protectedHeader =
        CBORObject.NewMap().Add(1, algorithm.id()).Add(4, kid().bytes()).EncodeToBytes();
    return sign(protectedHeader, CBORObject.NewMap(), payload);
  }

  byte[] sign(byte[] protectedHeader, CBORObject unprotectedHeader, byte[] payload) {
    var toBeSigned = CoseSign1.toBeSigned(protectedHeader, payload);
    return CBORObject.NewArray()
        .Add(protectedHeader)
        .Add(unprotectedHeader)
        .Add(payload)
        .Add(signature(toBeSigned))
        .WithTag(18)
        .EncodeToBytes();
  }

  private byte[] signature(byte[] toBeSigned) {
    try {
      Signature signer;
      if (algorithm == CoseAlgorithm.ES256) {
        signer = Signature.getInstance("SHA256withECDSAinP1363Format");
      } else {
        signer = Signature.getInstance("RSASSA-PSS");
        signer.setParameter(
            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
      }
      signer.initSign(keys.getPrivate());
      signer.update(toBeSigned);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** zlib, Base45 and the HC1: prefix (HCERT §4.2). */
  static String hc1(byte[] cose) {
    return "HC1:" + new Base45().encodeToString(zlib(cose));
  }

  static byte[] zlib(byte[] bytes) {
    return deflate(bytes, false);
  }

  /** DEFLATE, raw (RFC 1951, as SMART Health Cards use it) or zlib-wrapped (RFC 1950, HCERT). */
  static byte[] deflate(byte[] bytes, boolean raw) {
    var deflater = new Deflater(Deflater.BEST_COMPRESSION, raw);
    deflater.setInput(bytes);
    deflater.finish();
    var out = new ByteArrayOutputStream();
    var buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** A DCC 1.3.0 vaccination: dose 2 of 2 of Comirnaty, given on the day in Korea. */
  static CBORObject vaccination(String uvci, String date) {
    var v =
        CBORObject.NewMap()
            .Add("tg", "840539006")
            .Add("vp", "J07BX03")
            .Add("mp", "EU/1/20/1528")
            .Add("ma", "ORG-100030215")
            .Add("dn", 2)
            .Add("sd", 2)
            .Add("dt", date)
            .Add("co", "KR")
            .Add("is", "Korea Disease Control and Prevention Agency")
            .Add("ci", uvci);
    return person().Add("v", CBORObject.NewArray().Add(v));
  }

  static CBORObject person() {
    return CBORObject.NewMap()
        .Add("ver", "1.3.0")
        .Add(
            "nam",
            CBORObject.NewMap()
                .Add("fn", "홍")
                .Add("fnt", "HONG")
                .Add("gn", "길동")
                .Add("gnt", "GILDONG"))
        .Add("dob", "1980-03-14");
  }
}
