package org.vaxline.pass.issuer;

import com.upokecenter.cbor.CBORObject;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.vaxline.pass.verifier.DccType;

/**
 * The CWT claims of a pass (HCERT 1.0.5 §3.2, §3.3): issuer country, issued-at, expiry, and the EU
 * DCC 1.3.0 under the hcert claim. Dates in the DCC are ISO 8601 dates and the sample collection an
 * RFC 3339 date-time with its offset, as the schema asks; the CWT times are whole seconds (RFC 8392
 * §2 NumericDate).
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

  /** The DCC: schema version, names, birth date and the one v, t or r entry (schema 1.3.0). */
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
        .Add(type().key(), CBORObject.NewArray().Add(entry(request.statement())));
  }

  /** The kind of DCC the statement makes. */
  DccType type() {
    var statement = request.statement();
    return statement instanceof DoseGiven
        ? DccType.VACCINATION
        : statement instanceof TestTaken ? DccType.TEST : DccType.RECOVERY;
  }

  /** The fields of its kind, then those every entry carries (DCC schema 1.3.0). */
  private CBORObject entry(Statement statement) {
    var entry = CBORObject.NewMap().Add("tg", COVID_19);
    if (statement instanceof DoseGiven dose) {
      entry.Add("vp", dose.vp())
          .Add("mp", dose.mp())
          .Add("ma", dose.ma())
          .Add("dn", dose.dn())
          .Add("sd", dose.sd())
          .Add("dt", dose.dt().toString());
    } else if (statement instanceof TestTaken test) {
      entry.Add("tt", test.tt());
      addIfPresent(entry, "nm", test.nm());
      addIfPresent(entry, "ma", test.ma());
      entry.Add("sc", test.sc().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
          .Add("tr", test.tr());
      addIfPresent(entry, "tc", test.tc());
    } else if (statement instanceof Recovered recovery) {
      entry.Add("fr", recovery.fr().toString())
          .Add("df", recovery.df().toString())
          .Add("du", recovery.du().toString());
    }
    return entry.Add("co", COUNTRY).Add("is", ISSUER).Add("ci", uvci.value());
  }

  /** The schema's optional fields are left out when unknown: it allows no null. */
  private static void addIfPresent(CBORObject entry, String field, String value) {
    if (value != null) {
      entry.Add(field, value);
    }
  }
}
