package org.vaxline.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Issue 5: a waiting person costs the server nothing but their poll, so the heap after a million
 * tickets is the heap after a thousand. Measured on the benchmark's node before it serves anything
 * else: live heap after 1,000 joins, then again once the node has issued {@code bench.heapTickets}
 * in all. Both joins come from the same load generator and both measurements wait the two minutes
 * for which a spent puzzle is remembered (that memory is bounded by the join rate, not by the
 * queue), so the two differ only in the number of tickets. The classes whose live bytes grew most
 * are printed, so a failure names its cause.
 */
final class HeapCheck {

  private static final int FIRST_TICKETS = 1_000;
  private static final Duration PUZZLE_MEMORY = Duration.ofMinutes(2).plusSeconds(30);
  private static final double MAX_RATIO =
      Double.parseDouble(System.getProperty("bench.maxHeapRatio", "1.25"));

  private final PayaraNode node;
  private final JoinLoad load;
  private final NodeJvm heap;
  private final long firstKilobytes;
  private final Map<String, Long> firstClasses;
  private final Pattern ticketsIssued;
  private final HttpClient http = HttpClient.newHttpClient();

  HeapCheck(PayaraNode node, JoinLoad load) throws Exception {
    if (load == null) {
      throw new IllegalArgumentException("bench.heapTickets needs bench.join, the queue to fill");
    }
    this.node = node;
    this.load = load;
    this.heap = new NodeJvm(node.pid());
    this.ticketsIssued =
        Pattern.compile(
            "(?m)^vaxline_queue_tickets_total\\{[^}]*campaign=\\\"%s\\\"[^}]*\\} ([\\d.E+]+)"
                .formatted(load.campaign()));
    var solved = load.solved(FIRST_TICKETS, 1, 1);
    var bodies = Files.readAllLines(solved, StandardCharsets.UTF_8).subList(0, FIRST_TICKETS);
    Files.write(solved, bodies, StandardCharsets.UTF_8);
    load.run(solved, 2, 2); // a body is a ticket once; wrk's surplus requests are refused
    if (issued() < FIRST_TICKETS) { // two seconds were not enough: the rest one by one
      for (var body : bodies) {
        post(body); // a body wrk already used is refused as spent
      }
    }
    forgetSpentPuzzles();
    firstKilobytes = heap.liveKilobytes();
    firstClasses = heap.liveBytesByClass();
    say("Heap after %,d tickets: %,d KB live".formatted(issued(), firstKilobytes));
  }

  /** Joins until the node has issued {@code total} tickets, then compares; 1 if it failed. */
  int afterTickets(long total) throws Exception {
    for (long issued = issued(); issued < total; issued = issued()) {
      var batch = (int) Math.min(total - issued, 150_000);
      say("Issuing tickets: %,d so far, %,d more".formatted(issued, batch));
      load.run(load.solved(batch, 2, 3), 2, Math.max(2, (int) (batch / 4_000)));
    }
    forgetSpentPuzzles();
    var lastKilobytes = heap.liveKilobytes();
    printGrowth(heap.liveBytesByClass());
    var ratio = lastKilobytes / (double) firstKilobytes;
    var ok = ratio <= MAX_RATIO;
    say(
        "%s heap: %,d KB live after %,d tickets, %,d KB after %,d: %.2f x, maximum %.2f (bench.maxHeapRatio)"
            .formatted(
                ok ? "PASS" : "FAIL",
                firstKilobytes,
                FIRST_TICKETS,
                lastKilobytes,
                issued(),
                ratio,
                MAX_RATIO));
    return ok ? 0 : 1;
  }

  private static void forgetSpentPuzzles() throws InterruptedException {
    say("Waiting %d s for spent puzzles to be forgotten".formatted(PUZZLE_MEMORY.toSeconds()));
    Thread.sleep(PUZZLE_MEMORY.toMillis());
  }

  private void printGrowth(Map<String, Long> lastClasses) {
    say("Live bytes that grew most between the two measurements:");
    lastClasses.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - firstClasses.getOrDefault(e.getKey(), 0L)))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(8)
        .forEach(e -> say("  %+,12d B  %s".formatted(e.getValue(), e.getKey())));
  }

  private void post(String body) throws Exception {
    http.send(
        HttpRequest.newBuilder(load.tickets())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private long issued() throws Exception {
    var metrics =
        http.send(
                HttpRequest.newBuilder(node.base().resolve(URI.create("/metrics"))).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    var matcher = ticketsIssued.matcher(metrics);
    return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
