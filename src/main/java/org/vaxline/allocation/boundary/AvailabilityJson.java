package org.vaxline.allocation.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.vaxline.allocation.control.Availability.Seats;
import org.vaxline.platform.control.KoreaTime;

/**
 * Availability as JSON, written with a JSON-P generator rather than bound by JSON-B: the reflection
 * JSON-B does for each of up to 500 slots cost more than the lookup itself. The shape is the one
 * OpenAPI documents ({@code AvailabilityListing}).
 */
final class AvailabilityJson {

  /** Made once: {@code Json.createGenerator} looks the JSON-P provider up on every call. */
  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  private AvailabilityJson() {}

  static String of(List<Seats> seats, int limit) {
    var text = new StringWriter(256 + 320 * Math.min(seats.size(), limit));
    try (var json = GENERATORS.createGenerator(text)) {
      json.writeStartObject().writeStartArray("slots");
      seats.stream().limit(limit).forEach(each -> write(json, each));
      json.writeEnd().write("truncated", seats.size() > limit).writeEnd();
    }
    return text.toString();
  }

  private static void write(JsonGenerator json, Seats seats) {
    var slot = seats.slot();
    var place = seats.clinic();
    json.writeStartObject()
        .write("slot", slot.id())
        .write("clinic", place.code())
        .write("clinicName", place.name())
        .write("province", place.province())
        .write("district", place.district())
        .write("product", slot.product())
        .write("startsAt", KoreaTime.text(slot.startsAt()))
        .write("endsAt", KoreaTime.text(slot.endsAt()))
        .write("seatsLeft", seats.seatsLeft())
        .write("supplyExhausted", seats.supplyExhausted())
        .writeEnd();
  }
}
