package org.vaxline.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A front in the browser's way to one node that passes every request on, byte for byte, except that
 * it can be told to shed the next requests to some paths with {@code 503} and {@code Retry-After},
 * as an overloaded front or node does on opening night. The browser tests use it to see that the
 * site waits as the server says instead of failing. It counts what it passed on.
 */
public final class SheddingFront implements AutoCloseable {

  /** Headers the JDK's client sets itself or refuses to be given. */
  private static final Set<String> HOP_BY_HOP =
      Set.of("host", "connection", "content-length", "expect", "upgrade", "keep-alive", "te");

  private final HttpServer server;
  private final URI node;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final AtomicInteger shedding = new AtomicInteger();
  private final AtomicInteger shed = new AtomicInteger();
  private volatile String shedPath = "";
  private volatile int retryAfterSeconds = 1;

  public SheddingFront(URI node) throws IOException {
    this.node = node;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::pass);
    server.start();
  }

  /** The front's address: the browser's origin. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** The next {@code count} requests whose path contains {@code path} are answered 503. */
  public void shed(String path, int count, int retryAfter) {
    this.shedPath = path;
    this.retryAfterSeconds = retryAfter;
    shedding.set(count);
  }

  /** How many requests were answered 503 so far. */
  public int shedCount() {
    return shed.get();
  }

  private void pass(HttpExchange exchange) throws IOException {
    try (exchange) {
      var path = exchange.getRequestURI().toString();
      if (path.contains(shedPath) && !shedPath.isEmpty() && shedding.getAndDecrement() > 0) {
        var problem =
            "{\"type\":\"urn:vaxline:problem:service-unavailable\",\"title\":\"Service"
                + " unavailable\",\"status\":503}";
        var body = problem.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.getResponseHeaders().add("Retry-After", String.valueOf(retryAfterSeconds));
        exchange.sendResponseHeaders(503, body.length);
        exchange.getResponseBody().write(body);
        shed.incrementAndGet();
        return;
      }
      var request = HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofSeconds(60));
      var body = exchange.getRequestBody().readAllBytes();
      request.method(
          exchange.getRequestMethod(),
          body.length == 0
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                  values.forEach(value -> request.header(name, value));
                }
              });
      HttpResponse<byte[]> answer;
      try {
        answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(502, -1);
        return;
      }
      answer
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                var lower = name.toLowerCase();
                if (!HOP_BY_HOP.contains(lower) && !lower.equals("transfer-encoding")) {
                  values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
              });
      var bytes = answer.body();
      var noBody = answer.statusCode() == 204 || answer.statusCode() == 304;
      exchange.sendResponseHeaders(
          answer.statusCode(), noBody ? -1 : bytes.length == 0 ? -1 : bytes.length);
      if (!noBody && bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
