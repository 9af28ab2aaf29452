package org.vaxline.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

public class ApiJsonbTest {

  public record Times(Instant instant, OffsetDateTime offset) {}

  private final jakarta.json.bind.Jsonb jsonb = new ApiJsonb().getContext(Times.class);

  @Test
  void instantsAndOffsetTimesAreWrittenAtKoreasOffsetToTheSecond() {
    var times =
        new Times(
            Instant.parse("2021-07-19T11:00:00.987654Z"),
            OffsetDateTime.parse("2021-07-18T22:30:59-05:00"));
    assertEquals(
        "{\"instant\":\"2021-07-19T20:00:00+09:00\",\"offset\":\"2021-07-19T12:30:59+09:00\"}",
        jsonb.toJson(times));
  }

  @Test
  void midnightInKoreaIsTheKoreanDateNotTheUtcOne() {
    var times = new Times(Instant.parse("2021-07-18T15:00:00Z"), null);
    assertEquals("{\"instant\":\"2021-07-19T00:00:00+09:00\"}", jsonb.toJson(times));
  }

  @Test
  void anyOffsetIsReadAndAnInstantWithoutOneIsRefused() {
    var read =
        jsonb.fromJson(
            "{\"instant\":\"2021-07-19T11:00:00Z\",\"offset\":\"2021-07-19T20:00+09:00\"}",
            Times.class);
    assertEquals(Instant.parse("2021-07-19T11:00:00Z"), read.instant());
    assertEquals(OffsetDateTime.parse("2021-07-19T20:00:00+09:00"), read.offset());
    assertThrows(
        JsonbException.class,
        () -> jsonb.fromJson("{\"instant\":\"2021-07-19T11:00:00\"}", Times.class));
  }

  public record Named(String name, java.util.List<String> aliases) {}

  @Test
  void aTextIsReadOnlyFromAJsonString() {
    var named = new ApiJsonb().getContext(Named.class);
    var read = named.fromJson("{\"name\":\"김영호\",\"aliases\":[\"a\"]}", Named.class);
    assertEquals("김영호", read.name());
    assertEquals(java.util.List.of("a"), read.aliases());
    assertEquals(null, named.fromJson("{\"name\":null}", Named.class).name());
    for (var body :
        java.util.List.of(
            "{\"name\":9223372036854775808}",
            "{\"name\":true}",
            "{\"name\":{}}",
            "{\"name\":[\"x\"]}",
            "{\"aliases\":[1]}")) {
      assertThrows(JsonbException.class, () -> named.fromJson(body, Named.class), body);
    }
  }
}
