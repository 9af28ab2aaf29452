package org.vaxline.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.vaxline.platform.control.KoreaTime;

/**
 * The JSON-B of every REST answer and body: instants and offset times are written in the one form
 * of {@link KoreaTime#text}, where JSON-B wrote an {@link Instant} in UTC ({@code ...Z}) beside
 * times at {@code +09:00}. Either is read as RFC 3339 with any offset, as before.
 */
@Provider
public class JsonTimes implements ContextResolver<Jsonb> {

  private static final Jsonb JSON =
      JsonbBuilder.create(
          new JsonbConfig().withAdapters(new InstantText(), new OffsetDateTimeText()));

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
}
