package org.vaxline.booking.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.vaxline.platform.boundary.JsonBodies;
import org.vaxline.platform.control.InvalidRequest;

/**
 * The path segments and bodies of holding and confirming, read and checked here rather than by
 * JSON-B and Bean Validation: these are the two requests every booking makes, and the validation
 * interceptors, JSON-B lookups and request-scoped resources cost them about a fifth of the HTTP
 * threads' samples in the flight recording (see "How a request flows" in the architecture manual).
 */
final class BookingInput {

  /** Far above any hold or confirmation a client sends; nothing larger is read. */
  static final int LONGEST_BODY = 1024;

  private static final Pattern ID = Pattern.compile("\\d{1,18}");
  static final Pattern HOLD = Pattern.compile("[0-9a-f-]{36}");

  private BookingInput() {}

  static long campaign(String segment) {
    if (segment == null || !ID.matcher(segment).matches()) {
      throw new InvalidRequest("campaign is a campaign id.");
    }
    return Long.parseLong(segment);
  }

  static String hold(String id) {
    if (id == null || !HOLD.matcher(id).matches()) {
      throw new InvalidRequest("hold is a hold id.");
    }
    return id;
  }

  /** The value, which the body must have named. */
  static <T> T required(T value, String name) {
    if (value == null) {
      throw new InvalidRequest(name + " is required.");
    }
    return value;
  }

  /** The body's JSON object; anything else (an array, a bare value, nothing) is refused. */
  static JsonObject object(InputStream body, String shape) {
    var value =
        JsonBodies.read(
            body,
            LONGEST_BODY,
            () -> new InvalidRequest("The body is at most " + LONGEST_BODY + " bytes."));
    if (value instanceof JsonObject object) {
      return object;
    }
    throw new InvalidRequest("The body is " + shape + ".");
  }

  /** A positive whole number, or null when absent; anything else is refused by its name. */
  static Long positive(JsonObject body, String name) {
    var value = body.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        var exact = number.longValueExact();
        if (exact > 0) {
          return exact;
        }
      } catch (ArithmeticException tooLarge) {
        // refused below, like any other number that is not a slot id
      }
    }
    throw new InvalidRequest(name + " is a positive whole number.");
  }

  /** A string matching the pattern, or null when absent; anything else is refused by its name. */
  static String matching(JsonObject body, String name, Pattern pattern, String meaning) {
    var value = body.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString text && pattern.matcher(text.getString()).matches()) {
      return text.getString();
    }
    throw new InvalidRequest(name + " " + meaning + ".");
  }
}
