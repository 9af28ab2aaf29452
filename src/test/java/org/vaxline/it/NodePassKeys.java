package org.vaxline.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.IssuedPass;
import org.vaxline.pass.issuer.PassIssuer;
import org.vaxline.pass.issuer.PassKeys;
import org.vaxline.pass.issuer.PassRequest;
import org.vaxline.platform.control.KoreaTime;

/**
 * A PKCS#12 pass keystore written for a test node, as manuals/operations.md configures one, so the
 * test can sign passes with the very keys the node trusts.
 */
public record NodePassKeys(PassKeys keys, Path keystore, String password) {

  /** Made a day ago, so passes issued now fall inside the signers' validity. */
  public static NodePassKeys write(String node) throws IOException {
    var keys = PassKeys.demo(Clock.offset(Clock.systemUTC(), Duration.ofDays(-1)));
    var keystore = Files.createTempDirectory("vaxline-" + node).resolve("pass-keys.p12");
    var password = "it-" + node + "-" + System.nanoTime();
    keys.writeKeyStore(keystore, password.toCharArray());
    return new NodePassKeys(keys, keystore, password);
  }

  /** The node's environment for this keystore, its signer the first. */
  public Map<String, String> environment() {
    return Map.of(
        "VAXLINE_PASS_KEYSTORE", keystore.toString(),
        "VAXLINE_PASS_KEYSTORE_PASSWORD", password,
        "VAXLINE_PASS_SIGNER", keys.currentAlias());
  }

  /** 홍길동's pass: two doses of Comirnaty, the second {@code daysAgo} days before today in Korea. */
  public IssuedPass twoDoses(int daysAgo) {
    var second = LocalDate.now(KoreaTime.ZONE).minusDays(daysAgo);
    var now = Instant.now();
    return new PassIssuer(keys)
        .issue(
            new PassRequest(
                "홍",
                "길동",
                "HONG",
                "GILDONG",
                LocalDate.of(1980, 3, 14),
                comirnaty(2, second),
                now.minusSeconds(60),
                now.plus(Duration.ofDays(300))));
  }

  private static DoseGiven comirnaty(int dn, LocalDate dt) {
    return new DoseGiven("1119349007", "EU/1/20/1528", "ORG-100030215", dn, 2, dt);
  }
}
