package org.vaxline.pass.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.vaxline.pass.control.BadPassInput;
import org.vaxline.pass.control.PassInputTooLarge;

/**
 * A pass request body read with a ceiling: no more than {@link #LIMIT} bytes are ever held, so a
 * hostile body costs no memory. Malformed JSON becomes the platform's malformed-json problem.
 */
final class SmallJsonBody {

  /** Four times the longest QR text (Hc1Text.MAX_LENGTH), and JSON's quotes and escapes. */
  static final int LIMIT = 16 * 1024;

  /** Made once: {@code Json.createReader} looks the JSON-P provider up on every call. */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private SmallJsonBody() {}

  /** The text under {@code field} of the JSON object in the body. */
  static String text(InputStream body, String field) {
    byte[] bytes;
    try {
      bytes = body == null ? new byte[0] : body.readNBytes(LIMIT + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > LIMIT) {
      throw new PassInputTooLarge(LIMIT);
    }
    if (bytes.length == 0) {
      throw new BadPassInput("The body is a JSON object with \"" + field + "\".");
    }
    try (var reader = READERS.createReader(new ByteArrayInputStream(bytes))) {
      var value = reader.readValue();
      if (value instanceof JsonObject object && object.get(field) instanceof JsonString text) {
        return text.getString();
      }
    }
    throw new BadPassInput("The body is a JSON object with \"" + field + "\" as a string.");
  }
}
