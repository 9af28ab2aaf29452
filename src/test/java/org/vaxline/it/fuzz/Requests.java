package org.vaxline.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests for one operation, from its parameters and body schema: half of them valid, a quarter
 * with boundary values, a quarter hostile - hostile values in parameters and body, and on top a
 * broken body (trailing garbage, two values, invalid UTF-8, a byte-order mark, 300 KB), a missing
 * or wrong Content-Type, broken encodings in the URL, and forged or malformed credentials.
 */
final class Requests {

  private static final String JSON = "application/json";

  /**
   * Raw bytes that are no UTF-8: a lone surrogate, an overlong '.', a stray byte, a cut sequence.
   */
  private static final List<byte[]> INVALID_UTF8 =
      List.of(
          new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
          new byte[] {(byte) 0xc0, (byte) 0xae},
          new byte[] {(byte) 0xff},
          new byte[] {(byte) 0xe3, (byte) 0x81});

  private final SchemaValues values;

  Requests(SchemaValues values) {
    this.values = values;
  }

  Arbitrary<FuzzRequest> of(Operation operation) {
    return Arbitraries.frequencyOf(
        Tuple.of(2, of(operation, Mix.VALID)),
        Tuple.of(1, of(operation, Mix.BOUNDARY)),
        Tuple.of(1, of(operation, Mix.HOSTILE)));
  }

  private Arbitrary<FuzzRequest> of(Operation operation, Mix mix) {
    var target = target(operation, mix);
    var headers = headers(operation, mix);
    var body = body(operation, mix);
    return Combinators.combine(target, headers, body)
        .as(
            (path, fields, payload) -> {
              var all = new ArrayList<>(fields);
              payload
                  .contentType()
                  .ifPresent(type -> all.add(new FuzzRequest.Header("Content-Type", type)));
              return new FuzzRequest(
                  operation,
                  mix.name(),
                  operation.method(),
                  path,
                  List.copyOf(all),
                  payload.bytes());
            });
  }

  /** The path with its parameters filled in and the query, both percent-encoded as sent. */
  private Arbitrary<String> target(Operation operation, Mix mix) {
    var parts = new ArrayList<Arbitrary<String>>();
    var template = operation.path();
    var at = 0;
    while (at < template.length()) {
      var open = template.indexOf('{', at);
      if (open < 0) {
        parts.add(Arbitraries.just(template.substring(at)));
        break;
      }
      parts.add(Arbitraries.just(template.substring(at, open)));
      var close = template.indexOf('}', open);
      var name = template.substring(open + 1, close);
      var parameter =
          operation.parameters().stream()
              .filter(p -> p.in().equals("path") && p.name().equals(name))
              .findFirst()
              .orElseThrow();
      parts.add(segment(operation, parameter, mix));
      at = close + 1;
    }
    parts.add(query(operation, mix));
    return Combinators.combine(parts).as(texts -> String.join("", texts));
  }

  /**
   * A path parameter stays one segment of this operation's path: empty, {@code .}, {@code ..} and
   * anything with an encoded slash would address another resource (the container decodes {@code
   * %2F} and resolves dot-segments before routing: {@code ..%2F..%2Fetc} leaves {@code /api}, four
   * of them leave the root and are an empty 400), which is a request to another operation, not a
   * hostile value for this one. Traversal text still goes into queries and bodies.
   */
  private Arbitrary<String> segment(Operation operation, Operation.Parameter parameter, Mix mix) {
    var encoded =
        values
            .text(parameter.schema(), operation.path(), parameter.name(), mix)
            .map(Requests::encode);
    var value =
        mix.isHostile()
            ? Arbitraries.frequencyOf(
                Tuple.of(4, encoded), Tuple.of(1, Arbitraries.of(Hostile.RAW_ENCODINGS)))
            : encoded;
    return value.filter(
        text ->
            !text.isEmpty()
                && !text.equals(".")
                && !text.equals("..")
                && !text.toUpperCase(java.util.Locale.ROOT).contains("%2F"));
  }

  private Arbitrary<String> query(Operation operation, Mix mix) {
    var fields = new ArrayList<Arbitrary<List<String>>>();
    for (var parameter : operation.parameters()) {
      if (parameter.in().equals("query")) {
        fields.add(queryField(operation, parameter, mix));
      }
    }
    if (mix.isHostile()) {
      fields.add(
          Arbitraries.frequencyOf(
              Tuple.of(3, Arbitraries.just(List.of())),
              Tuple.of(
                  1,
                  Arbitraries.of(Hostile.RAW_ENCODINGS)
                      .map(raw -> List.of("fuzz=" + raw, raw + "=1", "=" + raw)))));
    }
    if (fields.isEmpty()) {
      return Arbitraries.just("");
    }
    return Combinators.combine(fields)
        .as(
            lists -> {
              var all = lists.stream().flatMap(List::stream).toList();
              return all.isEmpty() ? "" : "?" + String.join("&", all);
            });
  }

  /** {@code name=value}, repeated for an exploded array; absent, empty or twice when hostile. */
  private Arbitrary<List<String>> queryField(
      Operation operation, Operation.Parameter parameter, Mix mix) {
    var name = parameter.name();
    Arbitrary<List<String>> present;
    if (SchemaValues.type(parameter.schema()).equals("array")) {
      var items = values.items(parameter.schema());
      present =
          values
              .text(items, operation.path(), name, mix)
              .map(Requests::encode)
              .list()
              .ofMaxSize(parameter.schema().getInt("maxItems", 3) + (mix.isHostile() ? 2 : 0))
              .map(texts -> texts.stream().map(text -> name + "=" + text).toList());
    } else {
      var value =
          values.text(parameter.schema(), operation.path(), name, mix).map(Requests::encode);
      var raw =
          mix.isHostile()
              ? Arbitraries.frequencyOf(
                  Tuple.of(4, value), Tuple.of(1, Arbitraries.of(Hostile.RAW_ENCODINGS)))
              : value;
      present = raw.map(text -> List.of(name + "=" + text));
      if (mix.isHostile()) {
        present =
            Arbitraries.frequencyOf(
                Tuple.of(6, present),
                Tuple.of(
                    1,
                    Combinators.combine(raw, raw)
                        .as((a, b) -> List.of(name + "=" + a, name + "=" + b))),
                Tuple.of(1, Arbitraries.just(List.of(name))),
                Tuple.of(1, Arbitraries.just(List.of(name + "="))));
      }
    }
    if (parameter.required() && !mix.isHostile()) {
      return present;
    }
    var absentWeight = parameter.required() ? 1 : 3;
    return Arbitraries.frequencyOf(
        Tuple.of(absentWeight, Arbitraries.just(List.<String>of())), Tuple.of(4, present));
  }

  /** The operation's header parameters, and for a hostile request one forged or odd header. */
  private Arbitrary<List<FuzzRequest.Header>> headers(Operation operation, Mix mix) {
    var fields = new ArrayList<Arbitrary<Optional<FuzzRequest.Header>>>();
    for (var parameter : operation.parameters()) {
      if (parameter.in().equals("header")) {
        // Valid header values are visible ASCII, as RFC 9110 asks; the listener refuses others.
        var text = values.text(parameter.schema(), operation.path(), parameter.name(), mix);
        var value =
            (mix.isHostile() ? text : text.map(Requests::asciiOnly))
                .map(Requests::headerBytes)
                .map(bytes -> Optional.of(new FuzzRequest.Header(parameter.name(), bytes)));
        fields.add(Arbitraries.oneOf(Arbitraries.just(Optional.empty()), value));
      }
    }
    if (mix.isHostile()) {
      fields.add(
          Arbitraries.frequencyOf(
              Tuple.of(2, Arbitraries.just(Optional.empty())),
              Tuple.of(
                  1,
                  Arbitraries.of(Hostile.HEADERS)
                      .map(h -> Optional.of(new FuzzRequest.Header(h[0], headerBytes(h[1])))))));
    }
    if (fields.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    return Combinators.combine(fields).as(list -> list.stream().flatMap(Optional::stream).toList());
  }

  private record Payload(Optional<String> contentType, byte[] bytes) {}

  private Arbitrary<Payload> body(Operation operation, Mix mix) {
    if (operation.body().isEmpty()) {
      return Arbitraries.just(new Payload(Optional.empty(), null));
    }
    var json = values.json(operation.body().get(), operation.path(), "", mix);
    var plain = json.map(text -> new Payload(Optional.of(JSON), utf8(text)));
    if (!mix.isHostile()) {
      return plain;
    }
    var contentType =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(Optional.of(JSON))),
            Tuple.of(1, Arbitraries.of(Hostile.CONTENT_TYPES).map(Optional::ofNullable)));
    var broken =
        Combinators.combine(
                json, Arbitraries.integers().between(0, 11), Arbitraries.of(INVALID_UTF8))
            .as(Requests::broken);
    return Arbitraries.frequencyOf(
        Tuple.of(3, plain),
        Tuple.of(
            1,
            Combinators.combine(contentType, json)
                .as((type, text) -> new Payload(type, utf8(text)))),
        Tuple.of(2, broken.map(bytes -> new Payload(Optional.of(JSON), bytes))),
        Tuple.of(
            1,
            Arbitraries.of(Hostile.BODIES).map(text -> new Payload(Optional.of(JSON), utf8(text)))),
        Tuple.of(1, Arbitraries.just(new Payload(Optional.of(JSON), null))));
  }

  /** A body made not to be one JSON value in UTF-8, or too large to be read. */
  private static byte[] broken(String json, int how, byte[] invalid) {
    return switch (how) {
      case 0 -> utf8(json + " x");
      case 1 -> utf8(json + json);
      case 2 -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(json));
      case 3 -> utf8(json.substring(0, json.length() / 2));
      case 4 -> {
        var text = utf8(json);
        var quote = json.indexOf('"');
        var at = quote < 0 ? 0 : utf8(json.substring(0, quote + 1)).length;
        yield concat(
            concat(java.util.Arrays.copyOf(text, at), invalid),
            java.util.Arrays.copyOfRange(text, at, text.length));
      }
      case 5 -> utf8(json + "\u0000");
      case 6 -> utf8("{\"x\":\"" + "a".repeat(300_000) + "\"}");
      case 7 -> json.getBytes(StandardCharsets.ISO_8859_1);
      case 8 -> json.getBytes(StandardCharsets.UTF_16);
      case 9 -> utf8(json + "}");
      case 10 -> utf8("\n\t " + json + " \n");
      default -> utf8(json.replaceFirst("\\{", "{\"x\":1,\"x\":2,").replace(",}", "}"));
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** RFC 3986: the unreserved characters as they are, every other byte of the UTF-8 as %XX. */
  static String encode(String text) {
    var out = new StringBuilder();
    for (var b : utf8(text)) {
      var c = (char) (b & 0xff);
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", (int) c));
      }
    }
    return out.toString();
  }

  private static String asciiOnly(String text) {
    return text.replaceAll("[^\\x20-\\x7e]", "x");
  }

  /**
   * A header value as bytes, one char each; line breaks are left out, since they would only split
   * it into two headers and the request would be another one.
   */
  static String headerBytes(String text) {
    return new String(utf8(text.replace("\r", "").replace("\n", "")), StandardCharsets.ISO_8859_1);
  }
}
