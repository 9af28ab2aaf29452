package org.vaxline.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

  @Test
  void readsOneValue() {
    assertEquals(Json.createObjectBuilder().add("slot", 1).build(), read("{\"slot\":1}"));
    assertEquals(Json.createValue(7), read(" 7 "));
    assertEquals(JsonValue.NULL, read(""));
  }

  /** Issue 15: trailing garbage and duplicate keys were accepted. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"slot\":1} x",
        "{\"slot\":1}{\"slot\":2}",
        "{\"slot\":1,\"slot\":2}",
        "{\"a\":{\"b\":1,\"b\":1}}",
        "[{\"x\":1,\"x\":2}]",
        "1 2",
        "   ",
        "{\"slot\":1",
        "{\"slot\":",
        "[1,",
        "{",
      })
  @Timeout(10) // Parsson's skipObject never returned on a truncated object
  void refusesAnythingButOneStrictValue(String body) {
    assertThrows(JsonParsingException.class, () -> read(body));
    assertThrows(
        JsonParsingException.class,
        () -> JsonBodies.requireStrict(body.getBytes(StandardCharsets.UTF_8)));
  }

  /** The OpenAPI fuzz: 10,000 nested objects reached Parsson's depth limit and answered 500. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":", "["})
  void refusesNestingDeeperThanTheLimitAsMalformed(String level) {
    var deep = level.repeat(10_000).getBytes(StandardCharsets.UTF_8);
    assertThrows(JsonParsingException.class, () -> JsonBodies.requireStrict(deep));
    var justTooDeep =
        level.repeat(JsonBodies.MAX_DEPTH + 1)
            + "1"
            + (level.equals("[") ? "]" : "}").repeat(JsonBodies.MAX_DEPTH + 1);
    assertThrows(JsonParsingException.class, () -> read(justTooDeep));
    var deepest =
        level.repeat(JsonBodies.MAX_DEPTH)
            + "1"
            + (level.equals("[") ? "]" : "}").repeat(JsonBodies.MAX_DEPTH);
    assertEquals(JsonBodies.MAX_DEPTH, depth(read(deepest)));
  }

  private static int depth(JsonValue value) {
    return switch (value.getValueType()) {
      case ARRAY -> 1 + depth(value.asJsonArray().get(0));
      case OBJECT -> 1 + depth(value.asJsonObject().get("a"));
      default -> 0;
    };
  }

  @Test
  void refusesMoreThanTheLimitBeforeParsing() {
    var refused = new IllegalStateException("too large");
    var thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                JsonBodies.read(
                    new ByteArrayInputStream("[1,2,3]".getBytes(StandardCharsets.UTF_8)),
                    6,
                    () -> refused));
    assertEquals(refused, thrown);
  }

  private static JsonValue read(String body) {
    return JsonBodies.read(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
        1024,
        () -> new IllegalStateException("too large"));
  }
}
