package org.vaxline.launcher;

import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.vaxline.waitingroom.control.ProofOfWork;

/**
 * {@code mvn -Pbench -DskipTests package}: starts one demo-mode node on a fresh database and
 * measures named targets with wrk against {@code ping = GET /api/ping}, the baseline. The machine
 * is small and wrk shares it with the node, so absolute numbers drift from run to run: rounds are
 * interleaved (ping, target, ping, target, ...), medians are reported, and each target is also
 * given as a ratio to ping from the same run.
 *
 * <p>Targets come from {@code -Dbench.targets=name=path,name=path} and from arguments {@code
 * name=path}. Thresholds, both optional: {@code -Dbench.min.NAME=req/s} and {@code
 * -Dbench.minRatio.NAME=ratio}. A target that answered anything but 2xx, or had socket errors,
 * fails the run too: a benchmark of errors measures nothing.
 */
public final class Benchmark {

  private static final String DATABASE = System.getProperty("bench.database", "vaxline_bench");
  // Apart from the demo (8080, 6900) and the cluster test (18081-18083, 6900-6902).
  private static final int HTTP_PORT = Integer.getInteger("bench.port", 18180);
  private static final int DATA_GRID_PORT = Integer.getInteger("bench.dataGridPort", 6910);
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 90);
  private static final int WARMUP_MAX_SECONDS = Integer.getInteger("bench.warmupMax", 420);
  private static final int ROUND_SECONDS = Integer.getInteger("bench.duration", 10);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final int THREADS = Integer.getInteger("bench.threads", 2);
  private static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
  private static final Target PING = new Target("ping", "/api/ping");

  /** A campaign to join under load (target {@code join}), or blank for none. */
  private static final String JOIN_CAMPAIGN = System.getProperty("bench.join", "").strip();

  /** Tickets to issue before measuring the heap a second time; 0 for no heap check. */
  private static final int HEAP_TICKETS = Integer.getInteger("bench.heapTickets", 0);

  /** A campaign whose availability and bookings are measured, or blank for none. */
  private static final String BOOK_CAMPAIGN = System.getProperty("bench.bookFor", "").strip();

  private static final int BOOKINGS = Integer.getInteger("bench.bookings", 3_000);

  /**
   * Pairs of identity checks, real and decoy, whose latencies are compared (issue 15: a decoy must
   * not be told apart by its answer's time); 0 skips them.
   */
  private static final int IDENTITY_PAIRS = Integer.getInteger("bench.identityPairs", 500);

  /**
   * People who book the one hot slot (issue 14), after the spread bookings; the slot and its second
   * dose's slot have exactly as many seats. A thousand, as in {@code HotSlotStormIT}.
   */
  private static final int HOT_BOOKINGS = Integer.getInteger("bench.hotBookings", 1_000);

  /**
   * Whether the node's database work is counted: its JDBC connections then pass through a {@link
   * CountingProxy} in this process, whose own cost (two threads' copying per connection) is in the
   * booking figures; {@code false} measures without it and counts nothing.
   */
  private static final boolean COUNT_DATABASE_WORK =
      Boolean.parseBoolean(System.getProperty("bench.countDatabaseWork", "true"));

  /** Raw transactions whose work is counted (not timed); enough for an exact mean. */
  private static final int RAW_COUNTED = 200;

  /** Seconds the node is left alone to count its background database work. */
  private static final int IDLE_SECONDS = 3;

  /** Booking checks made by {@link #measureBookings}, not by wrk's rounds. */
  private static final List<String> BOOKING_CHECKS = List.of("bookingsOfCeiling", "hotSlot");

  /**
   * Bookings made, not measured, before the measured ones: the booking path's JIT warm-up, in
   * rounds of {@link #BOOKINGS_ROUND} until two rounds agree within 10 %, at least this many and at
   * most {@code bench.bookingsWarmupMax}. A fixed 1,500 had left C2 compiling Jersey's and
   * PostgreSQL's hot methods through the measured bookings (a quarter of a core in the recording).
   */
  private static final int BOOKINGS_WARMUP = Integer.getInteger("bench.bookingsWarmup", 2_000);

  private static final int BOOKINGS_WARMUP_MAX =
      Integer.getInteger("bench.bookingsWarmupMax", 10_000);
  private static final int BOOKINGS_ROUND = 1_000;

  /**
   * A folder for Java Flight Recordings of the node while it warms up and is measured ({@code
   * rounds.jfr}, {@code bookings.jfr}), or blank for none; the recorder's own cost is in those
   * figures then. The bookings' recording also holds the people's preparation and the JDBC
   * baseline: pick the measured bookings by time.
   */
  private static final String JFR = System.getProperty("bench.jfr", "").strip();

  private static JoinLoad joinLoad;
  private static VerifyLoad verifyLoad;
  private static BookingLoad bookingLoad;
  private static CountingProxy counter;
  private static Map<String, String> admission = Map.of();
  private static long admittedAt;
  private static double fastestJoinRate = 5_000;
  private static double pingRate;

  /** Headers every request carries (a queue ticket, for the ticketed status). */
  private static final List<String> headers = new ArrayList<>();

  private Benchmark() {}

  /**
   * Joins a campaign's waiting room as a browser does, solving the join puzzle, and returns the
   * ticket: the ticketed status is measured with it.
   */
  private static String ticket(PayaraNode node, String campaign) throws Exception {
    var http = HttpClient.newHttpClient();
    // Paused, so the ticket stays WAITING and the status measured is the one most people get.
    var operator =
        java.util.Base64.getEncoder()
            .encodeToString("operator:vaxline-demo-operator".getBytes(StandardCharsets.UTF_8));
    var paused =
        http.send(
            HttpRequest.newBuilder(node.base().resolve("/api/operator/queues/" + campaign))
                .header("Authorization", "Basic " + operator)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"paused\":true,\"draining\":false,\"capPerSecond\":50}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (paused.statusCode() != 200) {
      throw new IllegalStateException("pausing the queue failed: " + paused.body());
    }
    var queue = node.base().resolve("/api/queue/" + campaign + "/");
    var puzzle =
        Json.createReader(
                new StringReader(
                    http.send(
                            HttpRequest.newBuilder(queue.resolve("puzzle")).build(),
                            HttpResponse.BodyHandlers.ofString())
                        .body()))
            .readObject();
    var nonce = ProofOfWork.solve(puzzle.getString("challenge"), puzzle.getInt("difficulty"));
    var body =
        Json.createObjectBuilder()
            .add("challenge", puzzle.getString("challenge"))
            .add("nonce", nonce)
            .build()
            .toString();
    var joined =
        http.send(
            HttpRequest.newBuilder(queue.resolve("tickets"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (joined.statusCode() != 201) {
      throw new IllegalStateException("joining the queue failed: " + joined.body());
    }
    return Json.createReader(new StringReader(joined.body())).readObject().getString("ticket");
  }

  /** A named request: {@code GET path}. */
  record Target(String name, String path) {
    Target {
      if (!name.matches("[A-Za-z0-9_-]+") || !path.startsWith("/")) {
        throw new IllegalArgumentException("a target is name=/path, not " + name + "=" + path);
      }
    }

    /** The join target posts solved puzzles (JoinLoad) instead of getting a path. */
    boolean joins() {
      return name.equals("join");
    }

    /** The verify target posts a pass (VerifyLoad). */
    boolean verifies() {
      return name.equals(VerifyLoad.TARGET);
    }
  }

  /** What one wrk run printed; latencies in milliseconds, NaN when wrk gave none. */
  record Round(double requestsPerSecond, double p50, double p99, long non2xx, long socketErrors) {}

  record Result(Target target, List<Round> rounds) {
    double median(ToDoubleFunction<Round> value) {
      var values = rounds.stream().mapToDouble(value).sorted().toArray();
      var middle = values.length / 2;
      return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    double requestsPerSecond() {
      return median(Round::requestsPerSecond);
    }

    long errors() {
      return rounds.stream().mapToLong(round -> round.non2xx() + round.socketErrors()).sum();
    }
  }

  public static void main(String[] args) throws Exception {
    var targets = targets(args);
    if (HOT_BOOKINGS < 1) {
      throw new IllegalArgumentException(
          "bench.hotBookings must be at least 1; -Dbench.bookings=0 skips all the bookings");
    }
    ensureWrk();
    requirePortFree(HTTP_PORT);
    var machine = machine(); // before the node loads the machine

    var postgres = LocalPostgres.start(Path.of("target", "embedded-postgres"));
    // Fresh every run: the demo loader skips a database that already has residents, and numbers
    // must not depend on what an earlier run left behind.
    postgres.drop(DATABASE);
    var database = postgres.database(DATABASE);
    say("Database: " + postgres.description() + ", " + DATABASE + " (recreated)");
    var nodeDatabase = database;
    if (COUNT_DATABASE_WORK && !BOOK_CAMPAIGN.isEmpty() && BOOKINGS > 0) {
      counter = new CountingProxy(database.url());
      nodeDatabase = counter.through(database);
      say("The node's database connections pass through a counter: " + nodeDatabase.url());
    }
    var environment = new HashMap<String, String>();
    if (targets.stream().anyMatch(Target::verifies)) {
      verifyLoad = VerifyLoad.prepare(Path.of("target", "bench-pass"));
      environment.putAll(verifyLoad.environment());
    }
    environment.putAll(
        Map.of(
            "VAXLINE_DEMO",
            "true",
            "VAXLINE_DEMO_RESIDENTS",
            System.getProperty("bench.residents", "20000"),
            // One bit: wrk's puzzles are solved in no time, the node still checks each.
            "VAXLINE_QUEUE_PUZZLE_BITS",
            "1",
            // Every join, and every code the booking clients ask for, comes from 127.0.0.1.
            "VAXLINE_QUEUE_JOINS_PER_ADDRESS_PER_MINUTE",
            "1000000000",
            "VAXLINE_IDENTITY_CLIENT_SENDS_PER_HOUR",
            "1000000000"));
    var node =
        PayaraNode.start(
            new PayaraNode.Options(
                "bench",
                HTTP_PORT,
                List.of(DATA_GRID_PORT),
                DATA_GRID_PORT,
                nodeDatabase,
                environment));
    var stopped = new AtomicBoolean();
    Runnable stop = () -> stop(stopped, node, postgres);
    Runtime.getRuntime().addShutdownHook(new Thread(stop)); // Ctrl-C must not leave Payara running
    try {
      say("Starting Payara Micro; its log: " + node.log());
      var took = node.awaitReady(Duration.ofMinutes(5));
      say("Ready after " + took.toSeconds() + " s.");
      var ticketFor = System.getProperty("bench.ticketFor", "");
      if (!ticketFor.isBlank()) {
        headers.add("Vaxline-Ticket: " + ticket(node, ticketFor.strip()));
        say("Every request carries a queue ticket for campaign " + ticketFor.strip());
      }
      if (!JOIN_CAMPAIGN.isEmpty()) {
        joinLoad = new JoinLoad(node.base(), JOIN_CAMPAIGN, Path.of("target"));
      }
      var failures = 0;
      if (HEAP_TICKETS > 0) {
        // First, on a node that has served nothing else: its bookings and caches would blur it.
        failures += new HeapCheck(node, joinLoad).afterTickets(HEAP_TICKETS);
        var waiting = Integer.getInteger("bench.waitingBrowser", 180);
        if (waiting > 0) {
          WaitingBrowser.measure(node, JOIN_CAMPAIGN, Duration.ofSeconds(waiting));
        }
      }
      if (!BOOK_CAMPAIGN.isEmpty()) {
        bookingLoad =
            new BookingLoad(
                node.base(),
                database,
                Long.parseLong(BOOK_CAMPAIGN),
                Integer.getInteger("bench.residents", 20_000),
                counter);
        bookingLoad.openQueue();
        targets = withAvailability(targets);
      }
      failures += measure(node, targets, machine);
      if (bookingLoad != null && BOOKINGS > 0) {
        failures += measureBookings(node, database);
      }
      if (bookingLoad != null && IDENTITY_PAIRS > 0) {
        failures += measureDecoys();
      }
      if (failures > 0) {
        throw new IllegalStateException("benchmark FAILED: " + failures + " check(s) missed");
      }
    } finally {
      stop.run();
    }
  }

  private static int measure(PayaraNode node, List<Target> targets, String machine)
      throws Exception {
    for (var target : targets) {
      if (target.verifies()) {
        verifyLoad.requireValid(node.base());
      } else if (!target.joins()) {
        requireOk(node, target);
      }
    }
    // Before the warm-up: starting the recorder throws compiled code away (ping fell from 2.9K to
    // 218 requests/s in the round after it), so the warm-up must come after it.
    var recording = record(node, "rounds");
    warmUp(node, targets);
    var rounds = new LinkedHashMap<Target, List<Round>>();
    for (int round = 1; round <= ROUNDS; round++) {
      for (var target : targets) {
        say("Round " + round + "/" + ROUNDS + ": " + target.name());
        rounds
            .computeIfAbsent(target, t -> new ArrayList<>())
            .add(wrk(node, target, ROUND_SECONDS));
      }
    }
    recording.run();
    var results =
        rounds.entrySet().stream().map(e -> new Result(e.getKey(), e.getValue())).toList();
    printTable(machine, results);
    pingRate = results.get(0).requestsPerSecond();
    return checkThresholds(results, pacedRounds(node, results));
  }

  /**
   * Loads every target in turn until each has run {@code bench.warmup} seconds and its last two
   * rounds agree within 10 %, for at most {@code bench.warmupMax} seconds in all. On two cores
   * shared with wrk, Payara Micro needs one to two minutes of load before its throughput stops
   * climbing (ping went from 1.4K to 13K requests/s over the first two minutes, and two rounds can
   * agree while it still climbs, hence the long minimum); measuring earlier compares JIT progress,
   * not endpoints.
   */
  private static void warmUp(PayaraNode node, List<Target> targets) throws Exception {
    var last = new LinkedHashMap<Target, Double>();
    var settled = new LinkedHashMap<Target, Boolean>();
    var started = System.nanoTime();
    for (int pass = 1; ; pass++) {
      for (var target : targets) {
        var rate = wrk(node, target, ROUND_SECONDS).requestsPerSecond();
        var before = last.put(target, rate);
        settled.put(target, before != null && Math.abs(rate - before) <= 0.1 * before);
        say("Warm-up %d: %s %.0f req/s".formatted(pass, target.name(), rate));
      }
      var elapsed = Duration.ofNanos(System.nanoTime() - started).toSeconds();
      var allSettled = settled.values().stream().allMatch(Boolean::booleanValue);
      if (elapsed >= WARMUP_MAX_SECONDS
          || (allSettled && elapsed >= (long) WARMUP_SECONDS * targets.size())) {
        say(allSettled ? "Warm: throughput settled." : "Warm-up limit reached; still climbing.");
        return;
      }
    }
  }

  /** Availability of the booking campaign, as an admitted browser reads it. */
  private static List<Target> withAvailability(List<Target> targets) throws Exception {
    var all = new ArrayList<>(targets);
    all.add(new Target("availability", bookingLoad.availabilityPath()));
    return List.copyOf(all);
  }

  /** Starts a flight recording if {@code bench.jfr} names a folder; running the result stops it. */
  private static Runnable record(PayaraNode node, String name) throws Exception {
    if (JFR.isEmpty()) {
      return () -> {};
    }
    var file = Path.of(JFR, name + ".jfr").toAbsolutePath();
    Files.createDirectories(file.getParent());
    var jvm = new NodeJvm(node.pid());
    jvm.jcmd("JFR.start", "name=" + name, "settings=profile");
    return () -> {
      try {
        jvm.jcmd("JFR.stop", "name=" + name, "filename=" + file);
        say("Flight recording: " + file);
      } catch (Exception e) {
        throw new IllegalStateException("flight recording " + name + " not saved", e);
      }
    };
  }

  /**
   * Issues 6 and 14: bookings through the node, spread over the campaign's slots and all on one hot
   * slot, between two runs of the raw JDBC baseline (the same guarded updates and inserts); the
   * ratios against the baseline's mean, the ceiling and each other, and the database work per
   * booking against the raw transaction's.
   */
  private static int measureBookings(PayaraNode node, DatabaseAddress database) throws Exception {
    var recording = record(node, "bookings"); // before the warm-up, as for the rounds
    warmUpBookings();
    var pingsBefore = bookingLoad.pings(Duration.ofSeconds(ROUND_SECONDS));
    var before = bookingLoad.jdbcBaseline(Duration.ofSeconds(ROUND_SECONDS));
    var idle = counter == null ? null : bookingLoad.idleWork(Duration.ofSeconds(IDLE_SECONDS));
    var spread = bookingLoad.bookings(BOOKINGS, bookingLoad.spread());
    var hotSlot =
        HotSlot.create(node.base(), database, Long.parseLong(BOOK_CAMPAIGN), HOT_BOOKINGS);
    var hot =
        bookingLoad.bookings(
            HOT_BOOKINGS, new BookingLoad.Seats(List.of(hotSlot.first()), hotSlot.second()));
    var hotBooked = hotSlot.bookedInDatabase(database);
    recording.run();
    var after = bookingLoad.jdbcBaseline(Duration.ofSeconds(ROUND_SECONDS));
    var pingsAfter = bookingLoad.pings(Duration.ofSeconds(ROUND_SECONDS));
    var raw = counter == null ? null : bookingLoad.rawWork(RAW_COUNTED);
    var baseline = (before.perSecond() + after.perSecond()) / 2;
    say(describe("spread over the campaign's slots", spread));
    say(
        describe(
                "all on one hot slot (%d and %d, %d seats each)"
                    .formatted(hotSlot.first(), hotSlot.second(), HOT_BOOKINGS),
                hot)
            + "; the database counts %d seats booked on it".formatted(hotBooked));
    var ratio = spread.bookedPerSecond() / baseline;
    say(
        ("JDBC baseline %.0f and %.0f txn/s; spread bookings (holds and confirmations) %.2f of it"
                + " (%d clients, %d connections)")
            .formatted(
                before.perSecond(),
                after.perSecond(),
                ratio,
                BookingLoad.CLIENTS,
                BookingLoad.CONNECTIONS));
    // A booking is two requests and the baseline's transaction; on shared cores their costs add.
    // Its requests are sent by the booking clients, whose own cost wrk's ping does not have, so
    // the pings are also sent by them; the threshold holds against the higher of the two ceilings.
    var clientPing = (pingsBefore.perSecond() + pingsAfter.perSecond()) / 2;
    var ceiling = Math.max(ceiling(baseline, pingRate), ceiling(baseline, clientPing));
    say(
        ("Ceiling: a booking costing only two pings and one baseline transaction would reach"
                + " %.2f of the baseline with wrk's ping (%.0f req/s in this run), %.2f with the"
                + " %d booking clients' (%.0f and %.0f req/s before and after the bookings)")
            .formatted(
                ceiling(baseline, pingRate),
                pingRate,
                ceiling(baseline, clientPing),
                BookingLoad.CLIENTS,
                pingsBefore.perSecond(),
                pingsAfter.perSecond()));
    var failures = 0;
    failures +=
        check(
            "bookingsOfCeiling",
            ratio / ceiling,
            "spread bookings %.2f of the baseline, %.2f of the ceiling %.2f"
                .formatted(ratio, ratio / ceiling, ceiling));
    // Confirmations alone: that is where a hot slot's row is fought over; its holds are not.
    var hotOfSpread = hot.confirmedPerSecond() / spread.confirmedPerSecond();
    failures +=
        check(
            "hotSlot",
            hotOfSpread,
            "hot slot %.0f confirmed/s, %.2f of spread's %.0f (p99 %.0f ms against %.0f ms)"
                .formatted(
                    hot.confirmedPerSecond(),
                    hotOfSpread,
                    spread.confirmedPerSecond(),
                    hot.millis(0.99),
                    spread.millis(0.99)));
    return failures + databaseWork(spread, hot, raw, idle);
  }

  /** What a booking costing only two pings at {@code ping} and one baseline transaction reaches. */
  private static double ceiling(double baseline, double ping) {
    return 1 / (baseline * (2 / ping + 1 / baseline));
  }

  /** One way of booking, as a line: rates, the confirmation's latency, the refusals. */
  private static String describe(String how, BookingLoad.Run run) {
    return ("Bookings %s: %.0f confirmed/s (confirmations alone; p50 %.1f ms, p99 %.1f ms), %.0f"
            + " bookings/s with their holds; %d confirmed, %d refused %s")
        .formatted(
            how,
            run.confirmedPerSecond(),
            run.millis(0.50),
            run.millis(0.99),
            run.bookedPerSecond(),
            run.confirmed(),
            run.refused(),
            run.refusals());
  }

  /**
   * Issue 14, acceptance 5: statements, round trips and transactions the node sent per confirmed
   * booking, spread and hot, against the raw two-dose transaction's, all counted on the wire. Hot
   * must cost less than raw once confirmations are combined (several bookings in one transaction).
   */
  private static int databaseWork(
      BookingLoad.Run spread,
      BookingLoad.Run hot,
      CountingProxy.Work raw,
      CountingProxy.Work idle) {
    if (raw == null) {
      say("Database work per booking: not counted (bench.countDatabaseWork=false)");
      return 0;
    }
    say(
        "Database work per booking: spread %s, hot %s, raw two-dose transaction %s"
            .formatted(
                brief(spread.work(), spread.confirmed()),
                brief(hot.work(), hot.confirmed()),
                brief(raw, RAW_COUNTED)));
    say("  spread: " + perBooking(spread.work(), spread.confirmed()));
    say("  hot:    " + perBooking(hot.work(), hot.confirmed()));
    say("  raw:    " + raw.per(RAW_COUNTED));
    say(
        ("  the node's background work, idle for %d s before: %s per second (included above, as"
                + " it ran during the confirmations too)")
            .formatted(IDLE_SECONDS, idle.per(IDLE_SECONDS)));
    var limit = threshold("bench.maxRatio.hotDatabaseWork");
    if (limit == null) {
      return 0;
    }
    if (hot.confirmed() == 0) {
      say("FAIL hotDatabaseWork: no hot booking confirmed");
      return 1;
    }
    var statements = hot.work().statements() / (double) hot.confirmed() / perRaw(raw.statements());
    var roundTrips = hot.work().roundTrips() / (double) hot.confirmed() / perRaw(raw.roundTrips());
    var ok = statements < limit && roundTrips < limit;
    say(
        ("%s hotDatabaseWork: hot %.2f of raw's statements and %.2f of its round trips per"
                + " booking, each must be under %.2f (bench.maxRatio.hotDatabaseWork)")
            .formatted(ok ? "PASS" : "FAIL", statements, roundTrips, limit));
    return ok ? 0 : 1;
  }

  private static double perRaw(long count) {
    return count / (double) RAW_COUNTED;
  }

  private static String brief(CountingProxy.Work work, int bookings) {
    return bookings == 0
        ? "(none confirmed)"
        : "%.1f statements / %.1f transactions"
            .formatted(
                work.statements() / (double) bookings, work.transactions() / (double) bookings);
  }

  private static String perBooking(CountingProxy.Work work, int bookings) {
    return bookings == 0 ? "no booking confirmed" : work.per(bookings);
  }

  /** A PASS or FAIL line for a booking ratio with a {@code bench.minRatio.NAME} threshold. */
  private static int check(String name, double ratio, String what) {
    var min = threshold("bench.minRatio." + name);
    if (min == null) {
      say("     " + name + ": " + what);
      return 0;
    }
    var ok = ratio >= min;
    say(
        "%s %s: %s, minimum %.2f (bench.minRatio.%s)"
            .formatted(ok ? "PASS" : "FAIL", name, what, min, name));
    return ok ? 0 : 1;
  }

  /**
   * Real and decoy identity checks, one after another from one browser: a decoy's median must stay
   * within {@code bench.maxRatio.decoyLatency} of a real one's, either way (slower or faster).
   */
  private static int measureDecoys() throws Exception {
    var starts = bookingLoad.identityStarts(IDENTITY_PAIRS, IDENTITY_PAIRS / 5);
    var real = BookingLoad.Starts.millis(starts.real(), 0.5);
    var decoy = BookingLoad.Starts.millis(starts.decoy(), 0.5);
    say(
        ("Identity checks (%d pairs, one browser, in turns): real p50 %.2f ms, p90 %.2f ms, p99"
                + " %.2f ms; decoy p50 %.2f ms, p90 %.2f ms, p99 %.2f ms")
            .formatted(
                starts.real().length,
                real,
                BookingLoad.Starts.millis(starts.real(), 0.9),
                BookingLoad.Starts.millis(starts.real(), 0.99),
                decoy,
                BookingLoad.Starts.millis(starts.decoy(), 0.9),
                BookingLoad.Starts.millis(starts.decoy(), 0.99)));
    var ratio = Math.max(decoy / real, real / decoy);
    var limit = threshold("bench.maxRatio.decoyLatency");
    var what =
        "decoy p50 %.2f of real's (the slower over the faster %.2f)".formatted(decoy / real, ratio);
    if (limit == null) {
      say("     decoyLatency: " + what);
      return 0;
    }
    var ok = ratio <= limit;
    say(
        "%s decoyLatency: %s, at most %.2f (bench.maxRatio.decoyLatency)"
            .formatted(ok ? "PASS" : "FAIL", what, limit));
    return ok ? 0 : 1;
  }

  /** Books in rounds until the rate settles (see {@link #BOOKINGS_WARMUP}); nothing is counted. */
  private static void warmUpBookings() throws Exception {
    var last = 0.0;
    for (int used = 0; used < BOOKINGS_WARMUP_MAX; used += BOOKINGS_ROUND) {
      var round = bookingLoad.bookings(BOOKINGS_ROUND, bookingLoad.spread());
      say(
          ("Bookings warm-up: %.0f bookings/s, %.0f confirmed/s (%d confirmed, %d refused %s),"
                  + " not counted")
              .formatted(
                  round.bookedPerSecond(),
                  round.confirmedPerSecond(),
                  round.confirmed(),
                  round.refused(),
                  round.refusals()));
      if (used + BOOKINGS_ROUND >= BOOKINGS_WARMUP
          && Math.abs(round.bookedPerSecond() - last) <= 0.1 * last) {
        return;
      }
      last = round.bookedPerSecond();
    }
    say("Bookings warm-up limit reached; still climbing.");
  }

  /** An admission lasts ten minutes: a fresh one for every round after five. */
  private static void refreshAdmission() throws Exception {
    // Empty at first: nanoTime counts from an arbitrary origin (from boot, on Linux), so an
    // admittedAt of 0 is not "long ago" on a machine that started under five minutes before.
    if (bookingLoad != null
        && (admission.isEmpty()
            || System.nanoTime() - admittedAt > Duration.ofMinutes(5).toNanos())) {
      admission = bookingLoad.admittedBrowser();
      admittedAt = System.nanoTime();
    }
  }

  private static List<String> allHeaders() {
    var all = new ArrayList<>(headers);
    admission.forEach(
        (name, value) -> {
          if (!name.equals("Cookie")) {
            all.add(name + ": " + value);
          }
        });
    if (admission.containsKey("Cookie")) {
      all.add("Cookie: " + admission.get("Cookie"));
    }
    return all;
  }

  private static HttpRequest.Builder withHeaders(HttpRequest.Builder request) throws Exception {
    refreshAdmission();
    for (var header : allHeaders()) {
      var colon = header.indexOf(':');
      request.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
    }
    return request;
  }

  /** Fails unless the target answers 200 once: wrk would happily measure a fast 404. */
  private static void requireOk(PayaraNode node, Target target) throws Exception {
    var uri = node.base().resolve(target.path());
    var response =
        HttpClient.newHttpClient()
            .send(
                withHeaders(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))).build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      var body = response.body();
      throw new IllegalStateException(
          "target %s: GET %s answered %d, not 200: %s"
              .formatted(
                  target.name(),
                  uri,
                  response.statusCode(),
                  body.substring(0, Math.min(300, body.length()))));
    }
  }

  private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern PERCENTILE =
      Pattern.compile("(?m)^\\s*(50|99)%\\s+([\\d.]+)(\\w+)$");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern SOCKET_ERRORS =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  /**
   * A p99 threshold holds at the rate the target must reach ({@code bench.minRatio} times ping's):
   * at full load every answer waits in line, ping's included. So each such target gets more rounds,
   * paced to that rate, and its p99 is read there. wrk paces by a wait after each answer, so a
   * connection's cycle is the wait plus the answer's time; the wait is set again from the rate a
   * round reached, up to three rounds.
   */
  private static Map<Target, Round> pacedRounds(PayaraNode node, List<Result> results)
      throws Exception {
    var ping = results.get(0).requestsPerSecond();
    var paced = new LinkedHashMap<Target, Round>();
    for (var result : results) {
      var name = result.target().name();
      var ratio = threshold("bench.minRatio." + name);
      if (threshold("bench.maxP99." + name) == null || ratio == null) {
        continue;
      }
      var rate = ratio * ping;
      var cycle = CONNECTIONS * 1000.0 / rate;
      var wait = Math.max(1, Math.round(cycle));
      Round round = null;
      for (int attempt = 1; attempt <= 3; attempt++) {
        round = wrk(node, result.target(), ROUND_SECONDS, wait);
        say(
            "Paced round %d: %s, %d ms between answers and requests, %.0f req/s for %.0f"
                .formatted(attempt, name, wait, round.requestsPerSecond(), rate));
        if (round.requestsPerSecond() >= 0.95 * rate || wait == 1) {
          break;
        }
        var answering = CONNECTIONS * 1000.0 / round.requestsPerSecond() - wait;
        wait = Math.max(1, Math.round(cycle - answering));
      }
      paced.put(result.target(), round);
    }
    return paced;
  }

  private static Round wrk(PayaraNode node, Target target, int seconds) throws Exception {
    return wrk(node, target, seconds, 0);
  }

  /** One wrk round; with {@code waitMillis} above 0, each connection waits that long per answer. */
  private static Round wrk(PayaraNode node, Target target, int seconds, long waitMillis)
      throws Exception {
    if (!node.alive()) {
      throw new IllegalStateException("Payara Micro has stopped; see " + node.log());
    }
    var url = node.base().resolve(target.path()).toString();
    var command =
        new ArrayList<>(
            List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency"));
    if (target.joins()) {
      // Enough solved puzzles for the round at half again the last rate seen.
      // Twice the fastest rate seen: a round that ran short would send spent puzzles (errors).
      var bodies = joinLoad.solved((int) (fastestJoinRate * seconds * 2) + 2_000, THREADS, 3);
      command.addAll(joinLoad.wrkArguments(bodies, THREADS));
    } else if (target.verifies()) {
      command.addAll(verifyLoad.wrkArguments());
      command.add(url);
    } else {
      refreshAdmission();
      for (var header : allHeaders()) {
        command.addAll(List.of("-H", header));
      }
      command.add(url);
    }
    if (waitMillis > 0) {
      command = paced(command, waitMillis);
    }
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    var rps = REQUESTS_PER_SECOND.matcher(output);
    if (process.waitFor() != 0 || !rps.find()) {
      throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
    }
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    for (var percentile = PERCENTILE.matcher(output); percentile.find(); ) {
      var millis = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
      if (percentile.group(1).equals("50")) {
        p50 = millis;
      } else {
        p99 = millis;
      }
    }
    if (target.joins()) {
      fastestJoinRate = Math.max(fastestJoinRate, Double.parseDouble(rps.group(1)));
    }
    var non2xx = NON_2XX.matcher(output);
    long socketErrors = 0;
    for (var errors = SOCKET_ERRORS.matcher(output); errors.find(); ) {
      for (int group = 1; group <= 4; group++) {
        socketErrors += Long.parseLong(errors.group(group));
      }
    }
    return new Round(
        Double.parseDouble(rps.group(1)),
        p50,
        p99,
        non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
        socketErrors);
  }

  /**
   * The wrk command with a script that makes each connection wait after every answer; a target's
   * own script, if any, is loaded first and keeps making its requests.
   */
  private static ArrayList<String> paced(ArrayList<String> command, long waitMillis)
      throws IOException {
    var lua = new StringBuilder();
    var paced = new ArrayList<>(command);
    var script = paced.indexOf("-s");
    if (script >= 0) {
      lua.append("dofile(\"").append(paced.get(script + 1)).append("\")\n");
      paced.remove(script + 1);
      paced.remove(script);
    }
    lua.append("function delay()\n  return ").append(waitMillis).append("\nend\n");
    var file = Path.of("target", "bench-paced.lua").toAbsolutePath();
    Files.writeString(file, lua);
    paced.addAll(1, List.of("-s", file.toString()));
    return paced;
  }

  private static double millis(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1000;
      case "ms" -> value;
      case "s" -> value * 1000;
      case "m" -> value * 60_000;
      default -> throw new IllegalArgumentException("unknown wrk time unit " + unit);
    };
  }

  private static void printTable(String machine, List<Result> results) {
    var ping = results.get(0).requestsPerSecond();
    say("");
    say(machine);
    say(
        ("%d rounds x %d s after a warm-up of at least %d s each until throughput settled;"
                + " wrk -t%d -c%d; errors: non-2xx/3xx, socket")
            .formatted(ROUNDS, ROUND_SECONDS, WARMUP_SECONDS, THREADS, CONNECTIONS));
    say(
        "%-10s %10s %8s %8s %7s %7s  %-26s %s"
            .formatted("target", "req/s", "p50 ms", "p99 ms", "errors", "ratio", "rounds", "path"));
    for (var result : results) {
      var rounds =
          String.join(
              " ",
              result.rounds().stream()
                  .map(round -> "%.0f".formatted(round.requestsPerSecond()))
                  .toList());
      say(
          "%-10s %10.0f %8.2f %8.2f %7d %7.2f  %-26s %s"
              .formatted(
                  result.target().name(),
                  result.requestsPerSecond(),
                  result.median(Round::p50),
                  result.median(Round::p99),
                  result.errors(),
                  result.requestsPerSecond() / ping,
                  rounds,
                  result.target().path()));
    }
    say("");
  }

  /** Prints a PASS or FAIL line per check; returns how many failed. */
  private static int checkThresholds(List<Result> results, Map<Target, Round> paced) {
    var ping = results.get(0).requestsPerSecond();
    int failures = 0;
    for (var result : results) {
      var name = result.target().name();
      if (result.errors() > 0) {
        say(
            "FAIL %s: %d errors (non-2xx/3xx responses or socket errors) in the measured rounds"
                .formatted(name, result.errors()));
        failures++;
      }
      var min = threshold("bench.min." + name);
      if (min != null) {
        var ok = result.requestsPerSecond() >= min;
        say(
            "%s %s: %.0f req/s, minimum %.0f (bench.min.%s)"
                .formatted(ok ? "PASS" : "FAIL", name, result.requestsPerSecond(), min, name));
        failures += ok ? 0 : 1;
      }
      var maxP99 = threshold("bench.maxP99." + name);
      if (maxP99 != null) {
        var round = paced.get(result.target());
        var p99 = round != null ? round.p99() : result.median(Round::p99);
        // A paced round counts only if it kept the pace: a slower one would show a lower p99.
        var kept =
            round == null
                || round.requestsPerSecond()
                    >= 0.95
                        * threshold("bench.minRatio." + name)
                        * results.get(0).requestsPerSecond();
        var ok =
            p99 <= maxP99 && kept && (round == null || round.non2xx() + round.socketErrors() == 0);
        say(
            "%s %s: p99 %.1f ms%s, maximum %.1f ms (bench.maxP99.%s)"
                .formatted(
                    ok ? "PASS" : "FAIL",
                    name,
                    p99,
                    round == null
                        ? " at full load"
                        : " at %.0f req/s (paced round, %d errors)"
                            .formatted(
                                round.requestsPerSecond(), round.non2xx() + round.socketErrors()),
                    maxP99,
                    name));
        failures += ok ? 0 : 1;
      }
      var minRatio = threshold("bench.minRatio." + name);
      if (minRatio != null) {
        var ratio = result.requestsPerSecond() / ping;
        var ok = ratio >= minRatio;
        say(
            "%s %s: %.2f of ping, minimum %.2f (bench.minRatio.%s)"
                .formatted(ok ? "PASS" : "FAIL", name, ratio, minRatio, name));
        failures += ok ? 0 : 1;
      }
    }
    // A threshold for a target that was not measured is most likely a typo or a stale default.
    var measured = results.stream().map(result -> result.target().name()).toList();
    for (var key : System.getProperties().stringPropertyNames()) {
      var name = key.replaceFirst("^bench\\.(min|minRatio|maxP99)\\.", "");
      var bookingCheck = BOOKING_CHECKS.contains(name) && bookingLoad != null && BOOKINGS > 0;
      if (!name.equals(key)
          && threshold(key) != null
          && !measured.contains(name)
          && !bookingCheck) {
        say("NOTE " + key + " ignored: no target named " + name + " was measured");
      }
    }
    return failures;
  }

  /** The threshold, or null when unset or blank (the pom passes its defaults even when unused). */
  private static Double threshold(String property) {
    var value = System.getProperty(property, "").strip();
    return value.isEmpty() ? null : Double.valueOf(value);
  }

  /** ping first, then bench.targets, then the arguments; each {@code name=path}. */
  static List<Target> targets(String[] args) {
    var specs = new ArrayList<String>();
    specs.addAll(List.of(System.getProperty("bench.targets", "").split("[,\\s]+")));
    specs.addAll(List.of(args));
    if (!JOIN_CAMPAIGN.isEmpty()) {
      specs.add("join=/api/queue/" + JOIN_CAMPAIGN + "/tickets");
    }
    var targets = new LinkedHashMap<String, Target>();
    targets.put(PING.name(), PING);
    for (var spec : specs) {
      if (spec.isBlank()) {
        continue;
      }
      var equals = spec.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("a target is name=/path, not " + spec);
      }
      var target = new Target(spec.substring(0, equals), spec.substring(equals + 1));
      if (targets.putIfAbsent(target.name(), target) != null) {
        throw new IllegalArgumentException("target " + target.name() + " is named twice");
      }
    }
    return List.copyOf(targets.values());
  }

  /** wrk from PATH, else installed with apt-get (it is the Debian package wrk). */
  private static void ensureWrk() throws Exception {
    if (onPath("wrk")) {
      return;
    }
    say("wrk is not on PATH; installing the Debian package wrk with apt-get");
    // A stale package list is the usual reason for a failed install, so update once and retry.
    if (!(apt("install", "-y", "wrk") || apt("update") && apt("install", "-y", "wrk"))
        || !onPath("wrk")) {
      throw new IllegalStateException(
          "wrk is missing and `apt-get install -y wrk` failed (it needs root and the Debian"
              + " repositories); install wrk yourself and run again");
    }
  }

  private static boolean onPath(String command) {
    return Pattern.compile(File.pathSeparator)
        .splitAsStream(System.getenv().getOrDefault("PATH", ""))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  private static boolean apt(String... arguments) throws InterruptedException {
    var command = new ArrayList<>(List.of("apt-get"));
    command.addAll(List.of(arguments));
    var builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    try {
      return builder.start().waitFor() == 0;
    } catch (IOException noAptGet) {
      return false;
    }
  }

  /** Something already listening there would answer our readiness check in the node's place. */
  private static void requirePortFree(int port) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
    } catch (IOException free) {
      return;
    }
    throw new IllegalStateException(
        "port " + port + " is in use (an earlier benchmark still running?); set -Dbench.port");
  }

  /** Cores, CPU, load, Java and wrk: what a reader needs to compare two runs' numbers. */
  private static String machine() throws IOException {
    var cpuinfo = Path.of("/proc/cpuinfo");
    var cpu =
        Files.isReadable(cpuinfo)
            ? Files.readAllLines(cpuinfo).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> " (" + line.replaceFirst("^[^:]*:\\s*", "") + ")")
                .findFirst()
                .orElse("")
            : "";
    // wrk -v prints "wrk 4.1.0 [epoll] Copyright ..." and then its usage.
    var wrk = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start().getInputStream();
    var wrkVersion =
        new String(wrk.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .findFirst()
            .orElse("wrk")
            .replaceFirst("\\s*Copyright.*", "");
    return "%s; %d cores%s, load average %.2f; Java %s (%s); %s"
        .formatted(
            ZonedDateTime.now().withNano(0),
            Runtime.getRuntime().availableProcessors(),
            cpu,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            System.getProperty("java.runtime.version"),
            System.getProperty("java.vm.vendor"),
            wrkVersion);
  }

  private static void stop(AtomicBoolean stopped, PayaraNode node, LocalPostgres postgres) {
    if (stopped.getAndSet(true)) {
      return;
    }
    try {
      node.close();
      if (counter != null) {
        counter.close(); // after the node: its pool's connections end first
      }
      postgres.close();
    } catch (Exception e) {
      say("Stopping failed: " + e);
    }
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
