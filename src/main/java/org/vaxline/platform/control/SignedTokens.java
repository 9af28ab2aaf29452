package org.vaxline.platform.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
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
      return Optional.of(jwt.getJWTClaimsSet());
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
