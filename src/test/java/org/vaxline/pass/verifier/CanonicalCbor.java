package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.TreeMap;

/**
 * A form of a DCC in which two encodings of the same content compare equal, as the test data's
 * README asks (notes 2 and 3): map order is ignored, numbers compare by value and date-times by the
 * second they denote, whatever their offset or fraction.
 */
record CanonicalCbor(Object value) {

  static CanonicalCbor of(CBORObject value) {
    return new CanonicalCbor(canonical(value));
  }

  private static Object canonical(CBORObject value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return switch (value.getType()) {
      case Map -> {
        var map = new TreeMap<String, Object>();
        value.getEntries().forEach(e -> map.put(e.getKey().toString(), canonical(e.getValue())));
        yield map;
      }
      case Array -> {
        var list = new ArrayList<>();
        value.getValues().forEach(element -> list.add(canonical(element)));
        yield list;
      }
      case TextString -> dateTimeOrText(value.AsString());
      case Integer, FloatingPoint ->
          new BigDecimal(value.AsNumber().toString()).stripTrailingZeros();
      default -> value.getType() == CBORType.Boolean ? value.AsBoolean() : value.toString();
    };
  }

  private static Object dateTimeOrText(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (DateTimeParseException notDateTime) {
      try {
        return LocalDate.parse(text).toString();
      } catch (DateTimeParseException notDate) {
        return text;
      }
    }
  }
}
