package org.vaxline.booking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaxline.booking.boundary.HoldsResource.HoldRequest;
import org.vaxline.booking.entity.Booking;
import org.vaxline.booking.entity.Hold;
import org.vaxline.booking.entity.Hold.HeldDose;
import org.vaxline.platform.boundary.ApiJsonb;
import org.vaxline.platform.control.InvalidRequest;
import org.vaxline.platform.entity.Problem;

/**
 * Holding and confirming read and write their JSON by hand: the rules Bean Validation checked
 * before, a bounded read, and answers equal to what JSON-B wrote.
 */
class BookingInputTest {

  @Test
  void aHoldRequestIsRead() {
    assertEquals(new HoldRequest(7, null, null), hold("{\"slot\":7}"));
    assertEquals(
        new HoldRequest(7, 9L, "43"), hold("{\"slot\":7,\"secondSlot\":9,\"person\":\"43\"}"));
    assertEquals(new HoldRequest(7, null, null), hold("{\"slot\":7,\"secondSlot\":null}"));
    assertEquals(
        new HoldRequest(Long.MAX_VALUE, null, null), hold("{\"slot\":" + Long.MAX_VALUE + "}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{}",
        "[]",
        "null",
        "7",
        "{\"slot\":null}",
        "{\"slot\":0}",
        "{\"slot\":-1}",
        "{\"slot\":1.5}",
        "{\"slot\":\"7\"}",
        "{\"slot\":9223372036854775808}",
        "{\"slot\":7,\"secondSlot\":0}",
        "{\"slot\":7,\"secondSlot\":\"9\"}",
        "{\"slot\":7,\"person\":43}",
        "{\"slot\":7,\"person\":\"\"}",
        "{\"slot\":7,\"person\":\"4a\"}",
        "{\"slot\":7,\"person\":\"1234567890123456789\"}"
      })
  void aHoldOfAnotherShapeIsAnInvalidRequest(String body) {
    var refused = assertThrows(InvalidRequest.class, () -> hold(body));
    assertEquals(400, refused.problem().status());
    assertEquals(Problem.type("invalid-request"), refused.problem().type());
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutReadingItAll() {
    var body = "{\"slot\":7,\"person\":\"" + "4".repeat(BookingInput.LONGEST_BODY) + "\"}";
    var stream = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    assertThrows(InvalidRequest.class, () -> HoldRequest.read(stream));
    assertEquals(body.length() - BookingInput.LONGEST_BODY - 1, stream.available());
  }

  @Test
  void malformedJsonIsLeftToThePlatformsMalformedJsonProblem() {
    assertThrows(JsonParsingException.class, () -> hold("{\"slot\":"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "0123456789012345678", "-1", "1.0"})
  void aCampaignSegmentThatIsNoIdIsAnInvalidRequest(String segment) {
    assertThrows(InvalidRequest.class, () -> BookingInput.campaign(segment));
  }

  @Test
  void holdIdsAreThirtySixHexDigitsOrDashes() {
    var id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    assertEquals(id, BookingInput.hold(id));
    assertThrows(InvalidRequest.class, () -> BookingInput.hold(id.toUpperCase()));
    assertThrows(InvalidRequest.class, () -> BookingInput.hold(id + "0"));
  }

  @Test
  void theHoldAnswerGivesItsExpiryInKoreanTime() {
    var hold =
        new Hold(
            "0f8fad5b-d9cb-469f-a165-70867728950e",
            9,
            43,
            42,
            "admission",
            List.of(new HeldDose(1, 100), new HeldDose(2, 200)),
            Instant.parse("2021-07-19T11:03:00Z"));
    var answer = parse(HoldsResource.answer(hold));
    assertEquals(hold.id(), answer.getString("hold"));
    assertEquals("2021-07-19T20:03:00+09:00", answer.getString("expiresAt"));
    assertEquals(
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("dose", 1).add("slot", 100))
            .add(Json.createObjectBuilder().add("dose", 2).add("slot", 200))
            .build(),
        answer.getJsonArray("doses"));
  }

  @Test
  void aBookingViewIsWrittenAsJsonbWritesIt() throws Exception {
    var startsAt = OffsetDateTime.of(2021, 7, 26, 9, 0, 0, 0, ZoneOffset.ofHours(9));
    var full =
        new BookingView(
            "K7WQ3MHT9C",
            9,
            "43",
            1,
            "PFIZER",
            "C110001",
            "종로구보건소",
            "종로구",
            100,
            startsAt,
            Booking.Status.BOOKED);
    var bare =
        new BookingView(
            "K7WQ3MHT9C",
            9,
            "43",
            2,
            "PFIZER",
            "C110001",
            null,
            null,
            200,
            startsAt.plusNanos(500_000_000),
            Booking.Status.CANCELLED);
    // The API's own JSON-B, whose times are written to the second at +09:00.
    var jsonb = new ApiJsonb().getContext(BookingView.class);
    for (var view : List.of(full, bare)) {
      assertEquals(
          parse(jsonb.toJson(view)),
          view.json(Json.createBuilderFactory(Map.of())).build(),
          view.toString());
    }
  }

  private static HoldRequest hold(String body) {
    return HoldRequest.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
