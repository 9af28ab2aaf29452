package org.vaxline.pass.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.InputStream;
import org.vaxline.pass.control.BadPassInput;
import org.vaxline.pass.control.PassInputTooLarge;
import org.vaxline.platform.boundary.JsonBodies;

/** A pass request body: one text field of a JSON object, at most {@link #LIMIT} bytes. */
final class SmallJsonBody {

  /** Four times the longest QR text (Hc1Text.MAX_LENGTH), and JSON's quotes and escapes. */
  static final int LIMIT = 16 * 1024;

  private SmallJsonBody() {}

  /** The text under {@code field} of the JSON object in the body. */
  static String text(InputStream body, String field) {
    var value = JsonBodies.read(body, LIMIT, () -> new PassInputTooLarge(LIMIT));
    if (value instanceof JsonObject object && object.get(field) instanceof JsonString text) {
      return text.getString();
    }
    throw new BadPassInput("The body is a JSON object with \"" + field + "\" as a string.");
  }
}
