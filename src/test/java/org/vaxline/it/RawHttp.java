package org.vaxline.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request sent as bytes, exactly as written: what an HTTP client library would refuse to send or
 * would normalize (an unknown method, a raw {@code %00} or overlong UTF-8 in a path, a header of 60
 * KB). The answer is read to the end of the connection ({@code Connection: close}).
 */
public final class RawHttp {

  /** An answer: status, headers in order, body as text. */
  public record Answer(int status, List<String[]> headers, String body) {

    public String header(String name) {
      return headers.stream()
          .filter(header -> header[0].equalsIgnoreCase(name))
          .map(header -> header[1])
          .findFirst()
          .orElse(null);
    }
  }

  private RawHttp() {}

  /** Sends the request line, the headers (Host and Connection: close added) and no body. */
  public static Answer send(URI base, String requestLine, String... headers) {
    var request = new StringBuilder(requestLine).append("\r\n");
    request.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
    request.append("\r\nConnection: close\r\n");
    for (var header : headers) {
      request.append(header).append("\r\n");
    }
    request.append("\r\n");
    return exchange(base, request.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * Sends these bytes as they are (request line, headers, blank line, body) and reads the answer to
   * the end of the connection, so the request should say {@code Connection: close}.
   */
  public static Answer exchange(URI base, byte[] request) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
      } catch (IOException cutOff) {
        // The server may answer and close before it read all of a body it refuses (413).
      }
      var bytes = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(bytes);
      // One char a byte, so chunk sizes count as the server counted them; the body is UTF-8.
      return parse(bytes.toString(StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(String text) {
    var end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("no complete answer: " + text);
    }
    var lines = text.substring(0, end).split("\r\n");
    var status = Integer.parseInt(lines[0].split(" ")[1]);
    var headers = new ArrayList<String[]>();
    for (int i = 1; i < lines.length; i++) {
      var colon = lines[i].indexOf(':');
      headers.add(
          new String[] {lines[i].substring(0, colon), lines[i].substring(colon + 1).trim()});
    }
    var body = text.substring(end + 4);
    var chunked =
        headers.stream()
            .anyMatch(
                header ->
                    header[0].equalsIgnoreCase("Transfer-Encoding")
                        && header[1].toLowerCase(Locale.ROOT).contains("chunked"));
    var bytes = (chunked ? unchunked(body) : body).getBytes(StandardCharsets.ISO_8859_1);
    return new Answer(status, headers, new String(bytes, StandardCharsets.UTF_8));
  }

  private static String unchunked(String body) {
    var out = new StringBuilder();
    var at = 0;
    while (at < body.length()) {
      var lineEnd = body.indexOf("\r\n", at);
      var size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.append(body, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toString();
  }
}
