package org.vaxline.pass.verifier;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.util.Map;
import java.util.Optional;

/**
 * The SMART Health Card issuers a verifier trusts, by {@code iss} URL, each with its public key set
 * (the issuer's {@code /.well-known/jwks.json}, given here: the verifier never fetches it).
 */
public record ShcIssuers(Map<String, JWKSet> keysByIssuer) {

  /** A signing key and the issuer that published it. */
  record IssuerKey(String issuer, ECKey key) {}

  public ShcIssuers {
    keysByIssuer = Map.copyOf(keysByIssuer);
  }

  public static ShcIssuers of(String issuer, JWKSet keys) {
    return new ShcIssuers(Map.of(issuer, keys));
  }

  /** The P-256 key with this kid (an RFC 7638 thumbprint, so unique in practice), if trusted. */
  Optional<IssuerKey> keyFor(String kid) {
    for (var issuer : keysByIssuer.entrySet()) {
      if (issuer.getValue().getKeyByKeyId(kid) instanceof ECKey key
          && Curve.P_256.equals(key.getCurve())) {
        return Optional.of(new IssuerKey(issuer.getKey(), key));
      }
    }
    return Optional.empty();
  }
}
