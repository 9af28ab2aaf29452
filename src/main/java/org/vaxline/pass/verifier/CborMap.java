package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads from a CBOR map of the DCC payload: anything of the wrong type is a {@link
 * HcertReason#SCHEMA} refusal, so a record built from it holds only well-typed values.
 */
record CborMap(CBORObject map) {

  static CborMap of(CBORObject value, String what) throws Rejection {
    if (value == null || value.getType() != CBORType.Map) {
      throw new Rejection(HcertReason.SCHEMA, what + " is not a map");
    }
    return new CborMap(value);
  }

  /** The text under this key, or null if there is none. */
  String optionalText(String key) throws Rejection {
    var value = map.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.getType() != CBORType.TextString) {
      throw new Rejection(HcertReason.SCHEMA, key + " is not text");
    }
    return value.AsString();
  }

  String text(String key) throws Rejection {
    var text = optionalText(key);
    if (text == null) {
      throw new Rejection(HcertReason.SCHEMA, key + " is missing");
    }
    return text;
  }

  int integer(String key) throws Rejection {
    var value = map.get(key);
    if (value == null
        || !value.isNumber()
        || !value.AsNumber().IsInteger()
        || !value.AsNumber().CanTruncatedIntFitInInt32()) {
      throw new Rejection(HcertReason.SCHEMA, key + " is not an integer");
    }
    return value.AsInt32Value();
  }

  /**
   * A date; a date-time is taken for the date it names, since HCERT 1.0.8 §3.3.7 asks decoders to
   * be permissive and issuers (PL among them) wrote vaccination dates with a time.
   */
  LocalDate date(String key) throws Rejection {
    var text = text(key);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      return dateTime(key, text).toLocalDate();
    }
  }

  Instant dateTime(String key) throws Rejection {
    return dateTime(key, text(key)).toInstant();
  }

  /** RFC 3339 date-time; one without an offset, which RFC 3339 does not allow, is read as UTC. */
  private static OffsetDateTime dateTime(String key, String text) throws Rejection {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException noOffset) {
      try {
        return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new Rejection(HcertReason.SCHEMA, key + " is not a date or date-time: " + text);
      }
    }
  }

  /** The maps of the array under this key, empty if there is none. */
  List<CborMap> maps(String key) throws Rejection {
    var value = map.get(key);
    if (value == null) {
      return List.of();
    }
    if (value.getType() != CBORType.Array) {
      throw new Rejection(HcertReason.SCHEMA, key + " is not an array");
    }
    var maps = new ArrayList<CborMap>();
    for (var element : value.getValues()) {
      maps.add(of(element, key + " entry"));
    }
    return maps;
  }
}
