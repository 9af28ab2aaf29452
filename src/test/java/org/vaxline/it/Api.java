package org.vaxline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A black-box client of one Vaxline node, as a citizen's browser or a script would use it. */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final Map<String, String> headers;

  public Api(URI base) {
    this(base, Map.of());
  }

  private Api(URI base, Map<String, String> headers) {
    this.base = base;
    this.headers = headers;
  }

  /** The same node, signed in with HTTP Basic. */
  public Api as(String user, String password) {
    var token = user + ":" + password;
    return with(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The same node, sending one more header (a forwarded protocol, an admission) with every request.
   * Cookies add up, as in a browser: {@code with("Cookie", "a=1").with("Cookie", "b=2")} sends
   * both.
   */
  public Api with(String name, String value) {
    var more = new TreeMap<>(headers);
    more.merge(name, value, (old, added) -> name.equals("Cookie") ? old + "; " + added : added);
    return new Api(base, Map.copyOf(more));
  }

  /** The same client (cookies, admission, sign-in) talking to another node. */
  public Api on(URI otherNode) {
    return new Api(otherNode, headers);
  }

  /** A header this client sends with every request, or null. */
  public String header(String name) {
    return headers.get(name);
  }

  public Answer get(String path) {
    return send("GET", path, null, null, "application/json, application/problem+json, */*");
  }

  public Answer post(String path, String json) {
    return send(
        "POST", path, "application/json", json, "application/json, application/problem+json");
  }

  public Answer send(String method, String path, String contentType, String body, String accept) {
    var request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    headers.forEach(request::header);
    try {
      return new Answer(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body read as text, and as JSON on demand. */
  public record Answer(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public List<String> headers(String name) {
      return response.headers().allValues(name);
    }

    public JsonObject object() {
      return (JsonObject) json();
    }

    public JsonArray array() {
      return (JsonArray) json();
    }

    private JsonStructure json() {
      try (var reader = Json.createReader(new StringReader(body()))) {
        return reader.read();
      }
    }
  }
}
