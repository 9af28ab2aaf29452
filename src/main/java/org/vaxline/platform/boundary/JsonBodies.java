package org.vaxline.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Request bodies that a busy resource reads itself with JSON-P rather than through JSON-B (see step
 * 3 of "How a request flows" in the architecture manual), with a ceiling: no more than the limit is
 * ever held, so a hostile body costs no memory. Malformed JSON throws JSON-P's parsing exception,
 * which the platform answers with its malformed-json problem.
 */
public final class JsonBodies {

  /** Made once: {@code Json.createReader} looks the JSON-P provider up on every call. */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private JsonBodies() {}

  /** The body's JSON value, {@link JsonValue#NULL} for an empty body. */
  public static JsonValue read(
      InputStream body, int limit, Supplier<? extends RuntimeException> tooLarge) {
    byte[] bytes;
    try {
      bytes = body == null ? new byte[0] : body.readNBytes(limit + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > limit) {
      throw tooLarge.get();
    }
    if (bytes.length == 0) {
      return JsonValue.NULL;
    }
    // Decoded here as UTF-8 (RFC 8259 section 8.1): Parsson's own detection of the encoding needs
    // two bytes, and refused a one-digit body with a JsonException, which is no parsing problem.
    try (var reader =
        READERS.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      return reader.readValue();
    }
  }
}
