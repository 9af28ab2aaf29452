package org.vaxline.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Request bodies read strictly (issue 15): exactly one JSON value, no key twice in an object, UTF-8
 * (RFC 8259), nested at most {@value #MAX_DEPTH} deep, with a ceiling, so no more than the limit is
 * ever held and a hostile body costs no memory. A busy resource reads its body itself through
 * {@link #read} rather than through JSON-B (see step 3 of "How a request flows" in the architecture
 * manual); every other body passes {@link #requireStrict} first ({@link StrictJsonBodies}).
 * Malformed JSON throws JSON-P's parsing exception, which the platform answers with its
 * malformed-json problem.
 */
public final class JsonBodies {

  /** Made once: {@code Json.create*} looks the JSON-P provider up on every call. */
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  /** Parsson's parser factory ignores the key strategy; its reader factory applies it. */
  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

  /**
   * No body of the API nests deeper than a few levels. Past its own limit (1,000) Parsson throws a
   * bare RuntimeException, which was answered 500; this one is met first and is a parsing problem.
   */
  static final int MAX_DEPTH = 32;

  private JsonBodies() {}

  /** The body's JSON value, {@link JsonValue#NULL} for an empty body. */
  public static JsonValue read(
      InputStream body, int limit, Supplier<? extends RuntimeException> tooLarge) {
    var bytes = bytes(body, limit, tooLarge);
    return bytes.length == 0 ? JsonValue.NULL : parse(bytes);
  }

  /** At most {@code limit} bytes of the body, all of it; {@code tooLarge} if there are more. */
  static byte[] bytes(InputStream body, int limit, Supplier<? extends RuntimeException> tooLarge) {
    byte[] bytes;
    try {
      bytes = body == null ? new byte[0] : body.readNBytes(limit + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > limit) {
      throw tooLarge.get();
    }
    return bytes;
  }

  /** Refuses a non-empty body that is not one strict JSON value. */
  static void requireStrict(byte[] bytes) {
    if (bytes.length > 0) {
      parse(bytes);
    }
  }

  private static JsonValue parse(byte[] bytes) {
    // Decoded here as UTF-8 (RFC 8259 section 8.1): Parsson's own detection of the encoding needs
    // two bytes, and refused a one-digit body with a JsonException, which is no parsing problem.
    var text = new String(bytes, StandardCharsets.UTF_8);
    requireOneValue(text);
    try (var reader = READERS.createReader(new StringReader(text))) {
      return reader.readValue(); // refuses a key twice in an object
    }
  }

  /**
   * Parsson's reader stops after the first value, whatever follows; this pass looks further. It
   * walks the events itself: Parsson's {@code skipObject} never returns on a truncated object.
   */
  private static void requireOneValue(String text) {
    try (var parser = PARSERS.createParser(new StringReader(text))) {
      var depth = 0;
      do {
        if (!parser.hasNext()) {
          throw new JsonParsingException("no complete JSON value", parser.getLocation());
        }
        switch (parser.next()) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              throw new JsonParsingException(
                  "nested deeper than " + MAX_DEPTH, parser.getLocation());
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          default -> {}
        }
      } while (depth > 0);
      if (parser.hasNext()) {
        throw new JsonParsingException("more than one JSON value", parser.getLocation());
      }
    }
  }
}
