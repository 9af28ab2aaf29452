package org.vaxline.launcher;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vaxline.it.NodePassKeys;

/**
 * The online verify target ({@code verify=/api/pass/verify}): the harness writes a pass keystore
 * for the node, so it can sign a pass the node trusts, and wrk posts that pass with a small Lua
 * script. One pass, as at a venue where the same phones come back: the node's signature cache
 * answers after the first scan, and every scan still runs the window, revocation and rules.
 */
final class VerifyLoad {

  static final String TARGET = "verify";

  private final NodePassKeys keys;
  private final Path script;
  private final String body;

  private VerifyLoad(NodePassKeys keys, Path script, String body) {
    this.keys = keys;
    this.script = script;
    this.body = body;
  }

  /** Keys made a day ago, a pass of two doses 30 days old, and the wrk script that posts it. */
  static VerifyLoad prepare(Path directory) throws IOException {
    Files.createDirectories(directory);
    var keys = NodePassKeys.write("bench");
    var body = Json.createObjectBuilder().add("qr", keys.twoDoses(30).qrText()).build().toString();
    var script = directory.resolve("verify.lua");
    // Base45 and JSON hold no character a Lua long string [[...]] could end on.
    Files.writeString(
        script,
        "wrk.method = \"POST\"\n"
            + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
            + "wrk.body = [["
            + body
            + "]]\n",
        StandardCharsets.UTF_8);
    return new VerifyLoad(keys, script, body);
  }

  /** The node's configuration for the keystore. */
  Map<String, String> environment() {
    return keys.environment();
  }

  List<String> wrkArguments() {
    return List.of("-s", script.toString());
  }

  /** Fails unless the node finds the pass valid: wrk would happily measure refusals. */
  void requireValid(URI base) throws IOException, InterruptedException {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/api/pass/verify"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    var valid =
        response.statusCode() == 200
            && Json.createReader(new StringReader(response.body()))
                .readObject()
                .getBoolean("valid");
    if (!valid) {
      throw new IllegalStateException(
          "target verify: the bench pass is not valid: "
              + response.statusCode()
              + " "
              + response.body());
    }
  }
}
