package org.vaxline.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.vaxline.demo.entity.DemoAccount;
import org.vaxline.demo.entity.ShowcaseResident;

/**
 * README command (1): runs Vaxline with demo data on this machine until Ctrl-C. The database is
 * {@code VAXLINE_DB_URL} when set, else database {@code vaxline_demo} on the local PostgreSQL, else
 * an embedded PostgreSQL under {@code target/}. The data survives restarts; drop the database (or
 * {@code mvn clean} for the embedded one) to start afresh.
 */
public final class DemoLauncher {

  private static final int HTTP_PORT = Integer.getInteger("vaxline.demo.port", 8080);
  private static final int HAZELCAST_PORT = 6900;

  private DemoLauncher() {}

  public static void main(String[] args) throws Exception {
    var configured = System.getenv("VAXLINE_DB_URL");
    var postgres =
        configured == null ? LocalPostgres.start(Path.of("target", "embedded-postgres")) : null;
    var database =
        configured == null
            ? postgres.database("vaxline_demo")
            : new DatabaseAddress(
                configured, System.getenv("VAXLINE_DB_USER"), System.getenv("VAXLINE_DB_PASSWORD"));
    say("Database: " + (postgres == null ? configured : postgres.description() + ", vaxline_demo"));

    var node =
        PayaraNode.start(
            new PayaraNode.Options(
                "demo",
                HTTP_PORT,
                List.of(HAZELCAST_PORT),
                HAZELCAST_PORT,
                database,
                Map.of(
                    "VAXLINE_DEMO",
                    "true",
                    "VAXLINE_DEMO_RESIDENTS",
                    System.getProperty("vaxline.demo.residents", "200000"))));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node, postgres)));
    say("Starting Payara Micro; its log: " + node.log());
    var took = node.awaitReady(Duration.ofMinutes(5));
    say("Vaxline is ready, " + took.toMillis() / 1000.0 + " s after Payara Micro started.");
    printGuide(node);
    while (node.alive()) {
      Thread.sleep(1000);
    }
    say("Payara Micro has stopped; see " + node.log());
  }

  private static void printGuide(PayaraNode node) {
    var base = node.base().toString().replace("127.0.0.1", "localhost");
    say("");
    say("  Citizen site     " + base);
    say("  Readiness        " + base + "health/ready");
    say("  Metrics          " + base + "metrics");
    say("  OpenAPI          " + base + "openapi");
    say("  Clinics (API)    " + base + "api/clinics?province=11");
    say("  Cluster (API)    " + base + "api/operator/nodes   (sign in as an operator)");
    say("");
    say("  Demo staff accounts (demo mode only; change them with PUT /api/staff/me/password):");
    for (var account : DemoAccount.ALL) {
      say("    %-10s %-22s %s".formatted(account.username(), account.password(), account.role()));
    }
    say("  Demo residents:");
    for (var resident : ShowcaseResident.ALL) {
      say(
          "    %s  %s-%s  %s  %s"
              .formatted(
                  resident.name(),
                  resident.rrn().substring(0, 6),
                  resident.rrn().substring(6),
                  resident.phone(),
                  resident.why()));
    }
    say("");
    say("Press Ctrl-C to stop.");
  }

  private static void stop(PayaraNode node, LocalPostgres postgres) {
    try {
      node.close();
      if (postgres != null) {
        postgres.close();
      }
    } catch (Exception e) {
      say("Stopping failed: " + e);
    }
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
