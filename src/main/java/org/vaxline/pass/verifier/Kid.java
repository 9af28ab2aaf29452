package org.vaxline.pass.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;

/**
 * A document signer's key identifier: the first 8 bytes of the SHA-256 of its DER certificate
 * (HCERT 1.0.8 §A.1), kept in base64 as the EU gateway's trust lists show it.
 */
public record Kid(String base64) {

  static final int LENGTH = 8;

  public Kid {
    if (base64 == null || Base64.getDecoder().decode(base64).length != LENGTH) {
      throw new IllegalArgumentException("a kid is " + LENGTH + " bytes in base64: " + base64);
    }
  }

  public static Kid of(byte[] bytes) {
    return new Kid(Base64.getEncoder().encodeToString(bytes));
  }

  public byte[] bytes() {
    return Base64.getDecoder().decode(base64);
  }

  public static Kid of(X509Certificate certificate) {
    try {
      var digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return of(Arrays.copyOf(digest, LENGTH));
    } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("cannot take the kid of " + certificate, e);
    }
  }
}
