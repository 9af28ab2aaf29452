package org.vaxline.pass.issuer;

import com.upokecenter.cbor.CBORObject;
import java.util.Objects;

/**
 * The CWT claims of a vaccination pass (HCERT 1.0.5 §3.2, §3.3): issuer country, issued-at, expiry,
 * and the EU DCC 1.3.0 under the hcert claim. Dates in the DCC are ISO 8601 dates, as the schema
 * asks; the CWT times are whole seconds (RFC 8392 §2 NumericDate).
 */
public record PassPayload(PassRequest request, Uvci uvci) {

  static final String COUNTRY = "KR";
  static final String ISSUER = "Korea Disease Control and Prevention Agency";

  /** SNOMED CT 840539006, COVID-19: the disease-agent-targeted value set of the DCC. */
  static final String COVID_19 = "840539006";

  private static final int ISS = 1;
  private static final int EXP = 4;
  private static final int IAT = 6;
  private static final int HCERT = -260;
  private static final int EU_DCC_V1 = 1;

  public PassPayload {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(uvci, "uvci");
  }

  /** The claims map, deterministically encoded by the CBOR library. */
  public byte[] cwtClaims() {
    return CBORObject.NewMap()
        .Add(ISS, COUNTRY)
        .Add(IAT, request.issuedAt().getEpochSecond())
        .Add(EXP, request.expiresAt().getEpochSecond())
        .Add(HCERT, CBORObject.NewMap().Add(EU_DCC_V1, dcc()))
        .EncodeToBytes();
  }

  /** The DCC: schema version, names, birth date and the one vaccination entry (schema 1.3.0). */
  CBORObject dcc() {
    var nam =
        CBORObject.NewMap()
            .Add("fn", request.familyName())
            .Add("fnt", request.familyNameTransliterated());
    if (request.givenName() != null) {
      nam.Add("gn", request.givenName());
    }
    if (request.givenNameTransliterated() != null) {
      nam.Add("gnt", request.givenNameTransliterated());
    }
    return CBORObject.NewMap()
        .Add("ver", "1.3.0")
        .Add("nam", nam)
        .Add("dob", request.birthDate().toString())
        .Add("v", CBORObject.NewArray().Add(vaccination(request.latestDose())));
  }

  private CBORObject vaccination(DoseGiven dose) {
    return CBORObject.NewMap()
        .Add("tg", COVID_19)
        .Add("vp", dose.vp())
        .Add("mp", dose.mp())
        .Add("ma", dose.ma())
        .Add("dn", dose.dn())
        .Add("sd", dose.sd())
        .Add("dt", dose.dt().toString())
        .Add("co", COUNTRY)
        .Add("is", ISSUER)
        .Add("ci", uvci.value());
  }
}
