package org.vaxline.it.fuzz;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for a schema of the OpenAPI document: JSON text for bodies, plain text for
 * parameters, each valid, at its boundaries or hostile as the {@link Mix} says. Where the demo has
 * real values for a parameter or property ({@link Known#poolFor}), valid values are mostly those.
 */
final class SchemaValues {

  /** Birth dates lie in 1900-2100, every other date and instant in 2000-2100 (the document). */
  private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  private static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  static final List<String> DATE_EDGES =
      List.of(
          "1899-12-31",
          "1900-01-01",
          "1999-12-31",
          "2000-01-01",
          "2100-12-31",
          "2101-01-01",
          "0000-01-01",
          "9999-12-31",
          "+999999999-12-31",
          "-0001-01-01",
          "2020-02-29",
          "2021-02-29",
          "2021-13-01",
          "2021-00-10",
          "2021-04-31");

  static final List<String> INSTANT_EDGES =
      List.of(
          "1899-12-31T23:59:59Z",
          "1900-01-01T00:00:00+09:00",
          "1999-12-31T23:59:59+09:00",
          "2000-01-01T00:00:00+09:00",
          "2100-12-31T23:59:59+09:00",
          "2101-01-01T00:00:00+09:00",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "-4714-01-01T00:00:00Z",
          "0000-01-01T00:00:00Z",
          "9999-12-31T23:59:59Z",
          "2021-07-19T20:00:00+08:27:52",
          "2021-07-19T20:00:00+18:00",
          "2021-07-19T20:00:00-18:00",
          "2021-07-19T20:00:00+18:01",
          "2021-07-19T20:00:00.123456789+09:00",
          "2016-12-31T23:59:60Z",
          "2021-07-19t20:00:00z",
          "2021-07-19T20:00:00",
          "2021-07-19 20:00:00+09:00",
          "2021-02-29T00:00:00Z",
          "2021-07-19T24:00:00Z");

  private static final List<String> WEEKDAYS =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  /** Valid and boundary values of a scalar as text, and hostile ones as they are written. */
  private record Leaf(
      Arbitrary<String> valid,
      Arbitrary<String> boundary,
      Arbitrary<String> hostile,
      boolean quoted) {}

  /** A property as written in an object: its name, its text, whether the schema requires it. */
  private record Member(String name, String text, boolean required) {
    String written() {
      return quote(name) + ":" + text;
    }
  }

  private final ApiDocument document;
  private final Known known;

  SchemaValues(ApiDocument document, Known known) {
    this.document = document;
    this.known = known;
  }

  /** A JSON text for the schema, named {@code name} in operation {@code path}. */
  Arbitrary<String> json(JsonObject schema, String path, String name, Mix mix) {
    var resolved = document.resolve(schema);
    return switch (type(resolved)) {
      case "object" -> object(resolved, path, mix);
      case "array" -> array(resolved, path, name, mix);
      default -> {
        var leaf = leaf(resolved, path, name);
        var hostile =
            Arbitraries.oneOf(
                leaf.quoted() ? leaf.hostile().map(SchemaValues::quote) : leaf.hostile(),
                Arbitraries.of(Hostile.WRONG_TYPES),
                Arbitraries.of(Hostile.NUMBERS),
                Arbitraries.of(Hostile.STRINGS).map(SchemaValues::quote));
        yield mix.pick(written(leaf, leaf.valid()), written(leaf, leaf.boundary()), hostile);
      }
    };
  }

  /** A parameter's value as text, before it is encoded for the URL or a header. */
  Arbitrary<String> text(JsonObject schema, String path, String name, Mix mix) {
    var leaf = leaf(document.resolve(schema), path, name);
    return mix.pick(
        leaf.valid(),
        leaf.boundary(),
        Arbitraries.oneOf(leaf.hostile(), Arbitraries.of(Hostile.STRINGS)));
  }

  JsonObject items(JsonObject arraySchema) {
    return document.resolve(arraySchema.getJsonObject("items"));
  }

  static String type(JsonObject schema) {
    if (schema.containsKey("type")) {
      return schema.getString("type");
    }
    return schema.containsKey("properties") || schema.containsKey("additionalProperties")
        ? "object"
        : "string";
  }

  private static Arbitrary<String> written(Leaf leaf, Arbitrary<String> text) {
    return leaf.quoted() ? text.map(SchemaValues::quote) : text;
  }

  private Leaf leaf(JsonObject schema, String path, String name) {
    return switch (type(schema)) {
      case "integer" -> integer(schema, path, name);
      case "number" ->
          new Leaf(
              Arbitraries.doubles().between(-90, 180).ofScale(6).map(String::valueOf),
              Arbitraries.of("0", "-0.0", "1e308", "4.9e-324", "-1e308"),
              Arbitraries.of(Hostile.NUMBERS),
              false);
      case "boolean" ->
          new Leaf(
              Arbitraries.of("true", "false"),
              Arbitraries.of("true", "false"),
              Arbitraries.of("\"true\"", "1", "0", "null", "\"\"", "TRUE"),
              false);
      default -> string(schema, path, name);
    };
  }

  private Leaf integer(JsonObject schema, String path, String name) {
    var minimum = bound(schema, "minimum");
    var maximum = bound(schema, "maximum");
    var low = minimum.orElse(0L);
    var high = maximum.orElse(Math.max(low, 0) + 100_000L);
    Arbitrary<String> generated = Arbitraries.longs().between(low, high).map(String::valueOf);
    var edges = new ArrayList<String>();
    minimum.ifPresent(min -> edges.addAll(List.of(String.valueOf(min), String.valueOf(min - 1))));
    maximum.ifPresent(max -> edges.addAll(List.of(String.valueOf(max), String.valueOf(max + 1))));
    edges.addAll(
        List.of(
            "0",
            "-1",
            "1",
            String.valueOf(Long.MAX_VALUE),
            String.valueOf(Long.MIN_VALUE),
            "9223372036854775808",
            String.valueOf(Integer.MAX_VALUE),
            "2147483648",
            "1e308"));
    return new Leaf(
        real(path, name, generated), Arbitraries.of(edges), Arbitraries.of(Hostile.NUMBERS), false);
  }

  private static Optional<Long> bound(JsonObject schema, String key) {
    var value = schema.get(key);
    return value instanceof JsonNumber number ? Optional.of(number.longValue()) : Optional.empty();
  }

  private Leaf string(JsonObject schema, String path, String name) {
    var minLength = schema.getInt("minLength", 0);
    var maxLength = schema.getInt("maxLength", Math.max(minLength, 40));
    var format = schema.getString("format", "");
    var pattern = schema.getString("pattern", null);
    Arbitrary<String> generated;
    Arbitrary<String> boundary;
    if (schema.containsKey("enum")) {
      var values =
          schema.getJsonArray("enum").stream()
              .map(value -> ((JsonString) value).getString())
              .toList();
      generated = Arbitraries.of(values);
      boundary =
          Arbitraries.of(values)
              .map(value -> List.of(value.toLowerCase(), value + " ", " " + value, ""))
              .flatMap(Arbitraries::of);
    } else if (format.equals("date")) {
      var birth = name.toLowerCase().contains("birth") || name.startsWith("born");
      generated = dates(birth ? FIRST_BIRTH_DATE : FIRST_DATE, LAST_DATE);
      boundary = Arbitraries.of(DATE_EDGES);
    } else if (format.equals("date-time")) {
      generated = instants();
      boundary = Arbitraries.of(INSTANT_EDGES);
    } else if (pattern != null) {
      var strings = new PatternStrings(pattern);
      generated = strings.matching();
      boundary = Arbitraries.oneOf(strings.edges(), lengths(minLength, maxLength));
    } else {
      generated = plain(minLength, Math.min(maxLength, Math.max(minLength, 40)));
      boundary = lengths(minLength, maxLength);
    }
    return new Leaf(real(path, name, generated), boundary, Arbitraries.of(Hostile.STRINGS), true);
  }

  /** Mostly the demo's real values for this name, when it has any, else generated ones. */
  private Arbitrary<String> real(String path, String name, Arbitrary<String> generated) {
    return Known.poolFor(path, name)
        .<Arbitrary<String>>map(
            pool ->
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, known.or(pool, generated)),
                    net.jqwik.api.Tuple.of(1, generated)))
        .orElse(generated);
  }

  private static Arbitrary<String> plain(int min, int max) {
    return Arbitraries.strings()
        .withChars(PLEASANT.toCharArray())
        .ofMinLength(min)
        .ofMaxLength(max);
  }

  private static final String PLEASANT =
      "가나다라마바사아자차카타파하김이박최정강조윤 abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.";

  /** Exactly the shortest and longest allowed, one past each, and empty. */
  private static Arbitrary<String> lengths(int min, int max) {
    var sizes = new ArrayList<>(List.of(0, min, max, max + 1));
    if (min > 0) {
      sizes.add(min - 1);
    }
    return Arbitraries.of(sizes).flatMap(size -> plain(size, size));
  }

  private static Arbitrary<String> dates(LocalDate from, LocalDate until) {
    return Arbitraries.longs()
        .between(from.toEpochDay(), until.toEpochDay())
        .map(day -> LocalDate.ofEpochDay(day).toString());
  }

  private static Arbitrary<String> instants() {
    var from = FIRST_DATE.atStartOfDay().toEpochSecond(ZoneOffset.ofHours(9));
    var until = LAST_DATE.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.ofHours(9)) - 1;
    return Combinators.combine(
            Arbitraries.longs().between(from, until),
            Arbitraries.of(
                ZoneOffset.ofHours(9),
                ZoneOffset.UTC,
                ZoneOffset.ofHours(-5),
                ZoneOffset.ofHoursMinutes(5, 30)))
        .as(
            (second, offset) ->
                OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(second), offset)
                    .format(INSTANT));
  }

  private Arbitrary<String> object(JsonObject schema, String path, Mix mix) {
    var properties = schema.getJsonObject("properties");
    if (properties == null) {
      return map(schema, path, mix);
    }
    Set<String> required =
        schema.getJsonArray("required") == null
            ? Set.of()
            : schema.getJsonArray("required").stream()
                .map(value -> ((JsonString) value).getString())
                .collect(Collectors.toSet());
    var members = new ArrayList<Arbitrary<Optional<Member>>>();
    properties.forEach(
        (name, property) -> {
          var value =
              json(property.asJsonObject(), path, name, mix)
                  .map(text -> Optional.of(new Member(name, text, required.contains(name))));
          members.add(
              required.contains(name)
                  ? value
                  : Arbitraries.oneOf(Arbitraries.just(Optional.empty()), value));
        });
    var written =
        Combinators.combine(members).as(list -> list.stream().flatMap(Optional::stream).toList());
    if (!mix.isHostile()) {
      return written.map(SchemaValues::render);
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, written.map(SchemaValues::render)),
        net.jqwik.api.Tuple.of(
            2,
            Combinators.combine(written, Arbitraries.integers().between(1, 5))
                .as(SchemaValues::broken)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Hostile.WRONG_TYPES)));
  }

  private static String render(List<Member> members) {
    return members.stream().map(Member::written).collect(Collectors.joining(",", "{", "}"));
  }

  /** An object broken one way: a key twice, a required one missing, a null, an extra, an array. */
  private static String broken(List<Member> members, int how) {
    if (members.isEmpty()) {
      return how % 2 == 0 ? "{\"\":null}" : "[]";
    }
    var first = members.get(0);
    return switch (how) {
      case 1 -> {
        var twice = new ArrayList<>(members);
        twice.add(0, first);
        yield render(twice);
      }
      case 2 -> render(members.stream().filter(member -> !member.required()).toList());
      case 3 -> {
        var nulled = new ArrayList<>(members);
        nulled.set(0, new Member(first.name(), "null", first.required()));
        yield render(nulled);
      }
      case 4 -> {
        var extra = new ArrayList<>(members);
        extra.add(new Member("fuzzExtra", quote("' OR '1'='1"), false));
        yield render(extra);
      }
      default -> members.stream().map(Member::text).collect(Collectors.joining(",", "[", "]"));
    };
  }

  /** An object of free keys ({@code additionalProperties}): weekdays, product codes or words. */
  private Arbitrary<String> map(JsonObject schema, String path, Mix mix) {
    var values = schema.get("additionalProperties");
    var valueSchema = values instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    var keys = new ArrayList<String>();
    keys.addAll(WEEKDAYS);
    keys.addAll(known.values("product"));
    Arbitrary<String> key =
        mix.pick(
            Arbitraries.of(keys),
            Arbitraries.of(keys).map(k -> k.toLowerCase()),
            Arbitraries.of(Hostile.STRINGS));
    var entry =
        Combinators.combine(key, json(valueSchema, path, "", mix))
            .as((name, text) -> quote(name) + ":" + text);
    return entry
        .list()
        .ofMaxSize(4)
        .map(list -> String.join(",", list))
        .map(text -> "{" + text + "}");
  }

  private Arbitrary<String> array(JsonObject schema, String path, String name, Mix mix) {
    var items = items(schema);
    var min = schema.getInt("minItems", 0);
    var max = schema.containsKey("maxItems") ? schema.getInt("maxItems") : Integer.MAX_VALUE;
    var unique = schema.getBoolean("uniqueItems", false);
    var item = json(items, path, name, mix);
    var valid = listOf(item, min, Math.min(max, min + 4), unique);
    var exact = json(items, path, name, Mix.VALID);
    var edges = new ArrayList<Arbitrary<String>>();
    edges.add(listOf(exact, min, min, unique));
    edges.add(Arbitraries.just("[]"));
    if (max <= 10_000) {
      edges.add(listOf(exact, max, max, unique));
      edges.add(listOf(exact, max + 1, max + 1, false));
    }
    if (unique) {
      edges.add(exact.map(text -> "[" + text + "," + text + "]"));
    }
    var hostile =
        Arbitraries.oneOf(
            Arbitraries.of(Hostile.WRONG_TYPES),
            item,
            item.map(text -> "[" + text + ",null]"),
            item.map(text -> "[[" + text + "]]"));
    return mix.pick(valid, Arbitraries.oneOf(edges), hostile);
  }

  private static Arbitrary<String> listOf(
      Arbitrary<String> item, int min, int max, boolean unique) {
    var list = item.list().ofMinSize(min).ofMaxSize(max);
    return (unique ? list.uniqueElements() : list)
        .map(texts -> texts.stream().collect(Collectors.joining(",", "[", "]")));
  }

  /**
   * A JSON string literal. Control characters and lone surrogates are escaped, so the body stays
   * the text it means; raw invalid bytes are a body mutation of their own ({@link Requests}).
   */
  static String quote(String text) {
    var out = new StringBuilder("\"");
    for (var i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !pairedAt(text, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean pairedAt(String text, int i) {
    var c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
