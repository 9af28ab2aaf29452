package org.vaxline.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vaxline.it.ProblemAssertions;
import org.vaxline.it.RawHttp;

/**
 * What every answer must be: no server error, a status the document names for the operation, the
 * headers {@code SecurityHeaders} sets, and a refusal with a body is problem+json with a {@code
 * type} and nothing internal in it.
 */
final class AnswerChecks {

  private AnswerChecks() {}

  /** Each way the answer falls short, empty when it is right. */
  static List<String> violations(FuzzRequest sent, RawHttp.Answer answer) {
    var found = new ArrayList<String>();
    var status = answer.status();
    if (status >= 500) {
      found.add("a server error, " + status);
    }
    if (outsideTheApplication(sent, answer).isPresent()) {
      return found;
    }
    if (!sent.operation().documents(status)) {
      found.add(
          status
              + " is not documented for "
              + sent.operation()
              + " "
              + sent.operation().statuses());
    }
    securityHeaders(sent, answer, found);
    if (status >= 400 && status < 500 && !answer.body().isEmpty()) {
      problem(answer, found);
    }
    return found;
  }

  /** Grizzly's limit on the request line and headers together (header-buffer-length-bytes). */
  private static final int HEAD_LIMIT = 8_192;

  /**
   * The listener's own answer to a request it cannot parse, which no code of Vaxline sees, so it
   * carries none of its headers (manuals/architecture.md, the OpenAPI document's description): an
   * empty 400 to a request head past 8 KB, to a header value with a control character or a byte
   * outside ASCII, or to a path that decodes to a NUL or no UTF-8; an empty 200 to a path with a
   * broken percent-escape (Payara issue 8000). Only that answer to only such a request is let
   * through, and it is counted apart.
   */
  static Optional<String> outsideTheApplication(FuzzRequest sent, RawHttp.Answer answer) {
    if (!answer.body().isEmpty() || answer.header("X-Content-Type-Options") != null) {
      return Optional.empty();
    }
    var path = path(sent.target());
    if (answer.status() == 200 && brokenEscape(path)) {
      return Optional.of("a broken percent-escape in the path: an empty 200 (Payara issue 8000)");
    }
    if (answer.status() != 400) {
      return Optional.empty();
    }
    if (sent.bytes(URI.create("http://127.0.0.1:1/")).length - bodyLength(sent) > HEAD_LIMIT) {
      return Optional.of("a request head past 8 KB: an empty 400");
    }
    if (sent.headers().stream().anyMatch(header -> !visibleAscii(header.value()))) {
      return Optional.of("a header value outside visible ASCII: an empty 400");
    }
    if (!brokenEscape(path) && undecodable(path)) {
      return Optional.of("a path that decodes to a NUL or no UTF-8: an empty 400");
    }
    if (path.toUpperCase(java.util.Locale.ROOT).contains("%5C")) {
      return Optional.of("a path with an encoded backslash: an empty 400");
    }
    return Optional.empty();
  }

  private static int bodyLength(FuzzRequest sent) {
    return sent.body() == null ? 0 : sent.body().length;
  }

  private static boolean visibleAscii(String value) {
    return value.chars().allMatch(c -> c == '\t' || c >= 0x20 && c < 0x7f);
  }

  private static String path(String target) {
    var question = target.indexOf('?');
    return question < 0 ? target : target.substring(0, question);
  }

  private static boolean brokenEscape(String path) {
    for (var i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '%'
          && (i + 2 >= path.length()
              || Character.digit(path.charAt(i + 1), 16) < 0
              || Character.digit(path.charAt(i + 2), 16) < 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean undecodable(String path) {
    var bytes = new ByteArrayOutputStream();
    for (var i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '%') {
        bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(path.charAt(i));
      }
    }
    var decoded = bytes.toByteArray();
    for (var b : decoded) {
      if (b == 0) {
        return true;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(decoded));
      return false;
    } catch (CharacterCodingException notUtf8) {
      return true;
    }
  }

  private static void securityHeaders(FuzzRequest sent, RawHttp.Answer answer, List<String> found) {
    expect(found, answer, "X-Content-Type-Options", "nosniff");
    expect(found, answer, "X-Frame-Options", "DENY");
    expect(found, answer, "Referrer-Policy", "no-referrer");
    var policy = answer.header("Content-Security-Policy");
    if (policy == null
        || !policy.contains("default-src 'self'")
        || !policy.contains("frame-ancestors 'none'")) {
      found.add("Content-Security-Policy is " + policy);
    }
    var framing =
        answer.headers().stream().filter(h -> h[0].equalsIgnoreCase("X-Frame-Options")).count();
    if (framing > 1) {
      found.add("X-Frame-Options is sent " + framing + " times");
    }
    if (answer.header("Cache-Control") == null) {
      found.add("no Cache-Control on an API answer");
    }
    if ("https".equalsIgnoreCase(sent.header("X-Forwarded-Proto"))) {
      expect(found, answer, "Strict-Transport-Security", "max-age=31536000");
    }
  }

  private static void expect(
      List<String> found, RawHttp.Answer answer, String header, String value) {
    if (!value.equals(answer.header(header))) {
      found.add(header + " is " + answer.header(header) + ", not " + value);
    }
  }

  private static void problem(RawHttp.Answer answer, List<String> found) {
    var type = answer.header("Content-Type");
    if (type == null || !type.startsWith("application/problem+json")) {
      found.add("a refusal as " + type + ", not application/problem+json");
      return;
    }
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      var problem = (JsonObject) reader.readValue();
      if (!problem.getString("type", "").startsWith("urn:vaxline:problem:")) {
        found.add("a problem without a urn:vaxline:problem type");
      }
      if (problem.getInt("status", -1) != answer.status()) {
        found.add("a problem whose status is not the answer's");
      }
    } catch (RuntimeException unreadable) {
      found.add("a problem that is no JSON object: " + unreadable);
    }
    try {
      ProblemAssertions.assertNoInternals(answer.body());
    } catch (AssertionError leaked) {
      found.add(leaked.getMessage());
    }
  }
}
