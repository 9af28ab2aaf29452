package org.vaxline.launcher;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Vaxline node, started by {@code payara-config/start-node.sh} exactly as IT staff start one
 * (manuals/operations.md), on 127.0.0.1, with the built WAR. The script execs Java, so the process
 * is Payara Micro itself, and killing it kills the node.
 */
public final class PayaraNode implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final Process process;
  private final URI base;
  private final Path log;

  private PayaraNode(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /**
   * @param cluster the data-grid ports of every node on 127.0.0.1; a lone node lists its own
   * @param dataGridPort this node's data-grid port, one of {@code cluster}
   * @param environment more configuration, such as {@code VAXLINE_DEMO}
   */
  public record Options(
      String name,
      int httpPort,
      List<Integer> cluster,
      int dataGridPort,
      DatabaseAddress database,
      Map<String, String> environment) {}

  public static PayaraNode start(Options options) throws IOException {
    var microJar = Path.of(required("payara.microJar"));
    var config = Path.of(required("vaxline.payaraConfig"));
    var logs = microJar.resolveSibling("nodes").resolve(options.name());
    Files.createDirectories(logs);
    var log = logs.resolve("node.log");

    var builder =
        new ProcessBuilder("bash", config.resolve("start-node.sh").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    var env = builder.environment();
    env.put("PAYARA_MICRO_JAR", microJar.toString());
    env.put("VAXLINE_WAR", required("vaxline.war"));
    env.put("VAXLINE_JAVA_OPTS", "-Xmx1g");
    env.put("VAXLINE_NODE_NAME", options.name());
    env.put("VAXLINE_HTTP_PORT", String.valueOf(options.httpPort()));
    env.put("VAXLINE_NODE_ADDRESS", "127.0.0.1");
    env.put("VAXLINE_DATA_GRID_PORT", String.valueOf(options.dataGridPort()));
    env.put("VAXLINE_CLUSTER_NAME", "vaxline-" + options.cluster().get(0));
    env.put(
        "VAXLINE_CLUSTER_MEMBERS",
        options.cluster().stream().map(port -> "127.0.0.1:" + port).collect(joining(",")));
    env.put("VAXLINE_DB_URL", options.database().url());
    env.put("VAXLINE_DB_USER", options.database().user());
    env.put("VAXLINE_DB_PASSWORD", options.database().password());
    env.putAll(options.environment());
    return new PayaraNode(
        builder.start(), URI.create("http://127.0.0.1:" + options.httpPort() + "/"), log);
  }

  public URI base() {
    return base;
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** Waits until {@code /health/ready} answers UP; fails early if the process dies. */
  public Duration awaitReady(Duration limit) throws InterruptedException {
    var started = Instant.now();
    var deadline = started.plus(limit);
    var ready =
        HttpRequest.newBuilder(base.resolve("/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.between(started, Instant.now());
        }
      } catch (ConnectException notListeningYet) {
        // Payara Micro opens its port late in its start.
      } catch (IOException e) {
        // A request that failed mid-start is retried like a refused one.
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("node not ready within " + limit + "; see " + log);
  }

  /** Ends the process at once, as {@code kill -9} would: no shutdown hook, no goodbye to peers. */
  public void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private static String required(String property) {
    var value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("system property " + property + " is not set (see pom.xml)");
    }
    return value;
  }
}
