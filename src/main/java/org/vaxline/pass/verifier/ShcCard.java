package org.vaxline.pass.verifier;

import static com.nimbusds.jose.util.JSONObjectUtils.getDouble;
import static com.nimbusds.jose.util.JSONObjectUtils.getJSONObject;
import static com.nimbusds.jose.util.JSONObjectUtils.getString;
import static com.nimbusds.jose.util.JSONObjectUtils.getStringList;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A SMART Health Card whose signature has been verified: the key and issuer that signed it, its
 * validity ({@code nbf}, and {@code exp} if the issuer set one, else null), its revocation id
 * ({@code vc.rid}, or null), who it names and its immunizations.
 */
public record ShcCard(
    String kid,
    String iss,
    Instant nbf,
    Instant exp,
    String rid,
    List<String> types,
    Holder holder,
    List<ShcImmunization> immunizations) {

  /** Every health card carries this type (SHC framework, "Health Cards are encoded as JWS"). */
  public static final String HEALTH_CARD = "https://smarthealth.cards#health-card";

  public ShcCard {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(iss, "iss");
    Objects.requireNonNull(nbf, "nbf");
    Objects.requireNonNull(holder, "holder");
    types = List.copyOf(types);
    immunizations = List.copyOf(immunizations);
    if (!types.contains(HEALTH_CARD)) {
      throw new IllegalArgumentException("not a health card: " + types);
    }
  }

  static ShcCard from(String kid, Map<String, Object> claims) throws ParseException {
    var vc = getJSONObject(claims, "vc");
    var types = getStringList(vc, "type");
    if (types == null || !types.contains(HEALTH_CARD)) {
      throw new ParseException("vc.type lacks " + HEALTH_CARD, 0);
    }
    var subject = getJSONObject(vc, "credentialSubject");
    var bundle = FhirBundle.from(getJSONObject(subject, "fhirBundle"));
    return new ShcCard(
        kid,
        getString(claims, "iss"),
        numericDate(claims, "nbf"),
        claims.containsKey("exp") ? numericDate(claims, "exp") : null,
        getString(vc, "rid"),
        types,
        bundle.holder(),
        bundle.immunizations());
  }

  /** RFC 7519 NumericDate, in seconds that the SHC examples write with milliseconds. */
  private static Instant numericDate(Map<String, Object> claims, String name)
      throws ParseException {
    if (!(claims.get(name) instanceof Number)) {
      throw new ParseException(name + " is not a NumericDate", 0);
    }
    return Instant.ofEpochMilli(Math.round(getDouble(claims, name) * 1000));
  }
}
