package org.vaxline.platform.boundary;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.vaxline.platform.control.KoreaTime;

/**
 * The JSON-B of every REST answer and body. Instants and offset times are written in the one form
 * of {@link KoreaTime#text}, where JSON-B wrote an {@link Instant} in UTC ({@code ...Z}) beside
 * times at {@code +09:00}; either is read as RFC 3339 with any offset, as before. A text is read
 * only from a JSON string: JSON-B would take {@code 9223372036854775808} or {@code true} for a
 * password or a name (the OpenAPI fuzz found it), where the document says a string.
 */
@Provider
public class ApiJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSON =
      JsonbBuilder.create(
          new JsonbConfig()
              .withAdapters(new InstantText(), new OffsetDateTimeText())
              .withDeserializers(new TextOnlyFromStrings()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSON;
  }

  static final class InstantText implements JsonbAdapter<Instant, String> {
    @Override
    public String adaptToJson(Instant instant) {
      return KoreaTime.text(instant);
    }

    @Override
    public Instant adaptFromJson(String text) {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
  }

  static final class OffsetDateTimeText implements JsonbAdapter<OffsetDateTime, String> {
    @Override
    public String adaptToJson(OffsetDateTime time) {
      return KoreaTime.text(time);
    }

    @Override
    public OffsetDateTime adaptFromJson(String text) {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
  }

  static final class TextOnlyFromStrings implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      var value = parser.getValue();
      if (value instanceof JsonString text) {
        return text.getString();
      }
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null; // left to Bean Validation (@NotNull), as without this deserializer
      }
      throw new JsonbException("a string was expected");
    }
  }
}
