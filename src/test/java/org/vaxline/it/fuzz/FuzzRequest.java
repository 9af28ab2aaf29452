package org.vaxline.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated request, exactly as it goes on the wire: the request target as written (already
 * percent-encoded, or with broken encodings on purpose), headers, and the body's bytes (null for
 * none). Header values are bytes too, one char each, so a UTF-8 value is sent as its bytes.
 */
record FuzzRequest(
    Operation operation,
    String flavour,
    String method,
    String target,
    List<Header> headers,
    byte[] body) {

  record Header(String name, String value) {}

  /** The same request with these headers in front, unless it carries one of the same name. */
  FuzzRequest signedWith(List<Header> credentials) {
    var all = new ArrayList<Header>();
    for (var credential : credentials) {
      if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase(credential.name()))) {
        all.add(credential);
      }
    }
    all.addAll(headers);
    return new FuzzRequest(operation, flavour, method, target, List.copyOf(all), body);
  }

  String header(String name) {
    return headers.stream()
        .filter(header -> header.name().equalsIgnoreCase(name))
        .map(Header::value)
        .findFirst()
        .orElse(null);
  }

  /** The bytes sent: the request line, Host, Connection: close, the headers, the body. */
  byte[] bytes(URI node) {
    var head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(node.getHost()).append(':').append(node.getPort()).append("\r\n");
    head.append("Connection: close\r\n");
    for (var header : headers) {
      head.append(header.name()).append(": ").append(header.value()).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    var out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      out.writeBytes(body);
    }
    return out.toByteArray();
  }

  /** The request for a reader: printable ASCII as is, every other byte as \xNN, long bodies cut. */
  @Override
  public String toString() {
    var text = new StringBuilder();
    text.append(method)
        .append(' ')
        .append(escaped(target.getBytes(StandardCharsets.ISO_8859_1), 2_000));
    for (var header : headers) {
      text.append("\n")
          .append(header.name())
          .append(": ")
          .append(escaped(header.value().getBytes(StandardCharsets.ISO_8859_1), 300));
    }
    if (body != null) {
      text.append("\n\n").append(escaped(body, 2_000));
    }
    return text.toString();
  }

  private static String escaped(byte[] bytes, int limit) {
    var out = new StringBuilder();
    for (var i = 0; i < Math.min(bytes.length, limit); i++) {
      var b = bytes[i] & 0xff;
      if (b >= 0x20 && b < 0x7f && b != '\\') {
        out.append((char) b);
      } else {
        out.append(String.format("\\x%02x", b));
      }
    }
    if (bytes.length > limit) {
      out.append("... (").append(bytes.length).append(" bytes in all)");
    }
    return out.toString();
  }
}
