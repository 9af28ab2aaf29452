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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.PassIssuer;
import org.vaxline.pass.issuer.PassKeys;
import org.vaxline.pass.issuer.PassRequest;

/**
 * The online verify target ({@code verify=/api/pass/verify}): the harness writes a pass keystore
 * for the node, so it can sign a pass the node trusts, and wrk posts that pass with a small Lua
 * script. One pass, as at a venue where the same phones come back: the node's signature cache
 * answers after the first scan, and every scan still runs the window, revocation and rules.
 */
final class VerifyLoad {

  static final String TARGET = "verify";
  private static final char[] PASSWORD = "vaxline-bench-pass-keys".toCharArray();

  private final Path keystore;
  private final Path script;
  private final String body;
  private final String signer;

  private VerifyLoad(Path keystore, Path script, String body, String signer) {
    this.keystore = keystore;
    this.script = script;
    this.body = body;
    this.signer = signer;
  }

  /** Keys made a day ago, a pass of two doses 30 days old, and the wrk script that posts it. */
  static VerifyLoad prepare(Path directory) throws IOException {
    Files.createDirectories(directory);
    var keys = PassKeys.demo(Clock.offset(Clock.systemUTC(), Duration.ofDays(-1)));
    var keystore = directory.resolve("bench-pass-keys.p12");
    Files.deleteIfExists(keystore);
    keys.writeKeyStore(keystore, PASSWORD);
    var second = LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(30);
    var now = Instant.now();
    var pass =
        new PassIssuer(keys)
            .issue(
                new PassRequest(
                    "홍",
                    "길동",
                    "HONG",
                    "GILDONG",
                    LocalDate.of(1980, 3, 14),
                    List.of(comirnaty(1, second.minusDays(28)), comirnaty(2, second)),
                    now.minusSeconds(60),
                    now.plus(Duration.ofDays(300))));
    var body = Json.createObjectBuilder().add("qr", pass.qrText()).build().toString();
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
    return new VerifyLoad(keystore, script, body, keys.currentAlias());
  }

  /** The node's configuration for the keystore. */
  Map<String, String> environment() {
    return Map.of(
        "VAXLINE_PASS_KEYSTORE",
        keystore.toString(),
        "VAXLINE_PASS_KEYSTORE_PASSWORD",
        new String(PASSWORD),
        "VAXLINE_PASS_SIGNER",
        signer);
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

  private static DoseGiven comirnaty(int dn, LocalDate dt) {
    return new DoseGiven("1119349007", "EU/1/20/1528", "ORG-100030215", dn, 2, dt);
  }
}
