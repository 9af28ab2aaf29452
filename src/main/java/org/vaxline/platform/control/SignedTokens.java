package org.vaxline.platform.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs and checks one kind of token (a citizen session, a queue ticket): JWS with HMAC-SHA-256
 * under a key every node shares, and a {@code typ} header naming the kind, so a token of one kind
 * is never accepted as another. Time claims are the caller's to check, with its own clock.
 */
public final class SignedTokens {

  private static final int LONGEST_TOKEN = 4096;

  private final JOSEObjectType type;
  private final MACSigner signer;
  private final MACVerifier verifier;

  public SignedTokens(String type, byte[] key) {
    this.type = new JOSEObjectType(type);
    try {
      this.signer = new MACSigner(key);
      this.verifier = new MACVerifier(key);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("a signing key is at least 32 bytes", e);
    }
  }

  public String sign(JWTClaimsSet claims) {
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(type).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("a token could not be signed", e);
    }
    return jwt.serialize();
  }

  /** The claims of a token of this kind whose signature holds; empty for anything else. */
  public Optional<JWTClaimsSet> read(String token) {
    if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
      return Optional.empty();
    }
    try {
      var jwt = SignedJWT.parse(token);
      var header = jwt.getHeader();
      if (!JWSAlgorithm.HS256.equals(header.getAlgorithm())
          || !type.equals(header.getType())
          || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      return Optional.of(JWTClaimsSet.parse(payload(token)));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The claims' JSON, decoded with the JDK's Base64. Nimbus decodes with a constant-time codec,
   * which a secret needs and a payload whose signature has just been checked does not; it took a
   * tenth of the time of every request that carries a token.
   */
  private static String payload(String token) {
    var from = token.indexOf('.') + 1;
    var to = token.indexOf('.', from);
    return new String(
        Base64.getUrlDecoder().decode(token.substring(from, to)), StandardCharsets.UTF_8);
  }
}
