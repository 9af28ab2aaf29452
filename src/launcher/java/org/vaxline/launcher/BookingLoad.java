package org.vaxline.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.vaxline.demo.control.DemoLoader;
import org.vaxline.demo.entity.ResidentRow;
import org.vaxline.waitingroom.control.ProofOfWork;

/**
 * Issues 6 and 14: confirmed bookings per second through the node, against a raw JDBC baseline that
 * runs the same guarded updates and inserts against the same PostgreSQL in the same run.
 *
 * <p>Booking needs people who came through the waiting room and verified by phone code, and each
 * person books once; so people are prepared first (not measured), then {@link #CLIENTS} clients
 * hold seats for them and then confirm, on the campaign's slots or on one hot slot, as fast as they
 * can; the confirmations are timed apart from the holds. Every booking is of a two-dose product, so
 * the baseline runs what such a booking commits: {@code update slot set booked = booked + 1 where
 * id = ? and booked < capacity} and the booking row's insert for each dose, on two slots, then the
 * commit; with {@link #CONNECTIONS} JDBC connections (PostgreSQL does best with a few per core), on
 * scratch copies of the two tables (same columns, indexes and unique keys).
 */
final class BookingLoad {

  /**
   * Sixteen: at 64 (wrk's connections) the booking path's adaptive limit refused nine holds in ten
   * with 503 {@code booking-overloaded}, as it should when clients come faster than the database
   * answers; the admitter paces real arrivals to that limit, the benchmark's clients do not.
   */
  static final int CLIENTS = Integer.getInteger("bench.bookingClients", 16);

  static final int CONNECTIONS = 16;

  /**
   * People held, then confirmed, at a time: a hold lasts 3 minutes, so a chunk's confirmations must
   * start well within that of its first hold, even on a slow hot slot.
   */
  private static final int CHUNK = Integer.getInteger("bench.bookingsChunk", 1_000);

  private static final long DEMO_SEED = 20210712L; // DemoData's
  private static final String OPERATOR =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("operator:vaxline-demo-operator".getBytes(StandardCharsets.UTF_8));

  private static final Pattern PROBLEM_TYPE =
      Pattern.compile("\"type\"\\s*:\\s*\"[^\"]*?([a-z-]+)\"");

  private final URI base;
  private final DatabaseAddress database;
  private final long campaign;
  private final CountingProxy counter;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // as wrk speaks; no h2c upgrade offers
          // Daemon threads: the harness must end when the measurements do (exec:java waits).
          .executor(
              Executors.newFixedThreadPool(
                  8,
                  task -> {
                    var thread = new Thread(task, "bench-http");
                    thread.setDaemon(true);
                    return thread;
                  }))
          .build();
  private final AtomicInteger nextResident = new AtomicInteger();
  private final List<ResidentRow> adults;

  /**
   * @param counter what counts the node's database work, or null when it is not counted
   */
  BookingLoad(
      URI base, DatabaseAddress database, long campaign, int residents, CountingProxy counter) {
    this.base = base;
    this.database = database;
    this.campaign = campaign;
    this.counter = counter;
    this.adults =
        DemoLoader.residents(DEMO_SEED, residents)
            .filter(row -> row.birthDate().isBefore(LocalDate.of(2000, 1, 1)))
            .toList();
  }

  /** What one baseline run gave: transactions per second. */
  record Rate(double perSecond, int done) {}

  /**
   * One measurement of bookings: the people's holds first (not measured), then their confirmations
   * (measured: the time, each request's latency, the node's database work), chunk by chunk.
   *
   * @param confirmNanos every confirmation's latency, answered or not (an unanswered one counts the
   *     time until the client gave up), in order
   * @param work the node's database work during the confirmations, or null when not counted
   * @param refusals why holds and confirmations were refused ("hold 503 booking-overloaded": count)
   */
  record Run(
      int confirmed,
      int refused,
      Map<String, Integer> refusals,
      double holdSeconds,
      double confirmSeconds,
      long[] confirmNanos,
      CountingProxy.Work work) {

    /** Confirmations per second of the confirmations' time alone. */
    double confirmedPerSecond() {
      return confirmed / confirmSeconds;
    }

    /** Whole bookings (hold and confirmation) per second, as the ceiling counts a booking. */
    double bookedPerSecond() {
      return confirmed / (holdSeconds + confirmSeconds);
    }

    /** The confirmation latency at {@code quantile} (nearest rank), in milliseconds. */
    double millis(double quantile) {
      if (confirmNanos.length == 0) {
        return Double.NaN;
      }
      var rank = (int) Math.ceil(quantile * confirmNanos.length) - 1;
      return confirmNanos[Math.max(0, rank)] / 1e6;
    }
  }

  /**
   * Where the people book: spread over the campaign's listed slots in turn (the second dose left to
   * the node), or all on one hot slot and its second dose's slot.
   */
  record Seats(List<Long> firsts, Long second) {
    boolean hot() {
      return second != null;
    }
  }

  private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

  /** The campaign's slots from tomorrow on, as availability lists them. */
  Seats spread() throws Exception {
    return new Seats(slots(), null);
  }

  /**
   * Books {@code people} prepared people, as fast as {@link #CLIENTS} clients can: each chunk's
   * holds, then that chunk's confirmations, so that the confirmations' rate and latency hold no
   * hold (a hold lasts 3 minutes, hence chunks).
   */
  Run bookings(int people, Seats seats) throws Exception {
    var slots = new ConcurrentLinkedQueue<>(seats.firsts());
    var everyone = prepare(people);
    refusals.clear();
    var confirmed = new AtomicInteger();
    var refused = new AtomicInteger();
    var latencies = new ConcurrentLinkedQueue<Long>();
    long holdNanos = 0;
    long confirmNanos = 0;
    var work = counter == null ? null : CountingProxy.Work.none();
    for (int from = 0; from < everyone.size(); from += CHUNK) {
      var chunk = everyone.subList(from, Math.min(everyone.size(), from + CHUNK));
      var ready = new ConcurrentLinkedQueue<>(chunk);
      var held = new ConcurrentLinkedQueue<Held>();
      var started = System.nanoTime();
      run(
          CLIENTS,
          () -> {
            for (var person = ready.poll(); person != null; person = ready.poll()) {
              var slot = seats.hot() ? seats.firsts().get(0) : slots.poll();
              if (slot == null) {
                throw new IllegalStateException("ran out of free slots");
              }
              var hold = hold(person, slot, seats.second());
              if (hold != null) {
                held.add(new Held(person, hold));
              } else {
                refused.incrementAndGet();
              }
              if (!seats.hot() && hold != null) {
                slots.add(slot); // a slot of 10 or 12 seats takes more than one person
              }
            }
            return null;
          });
      holdNanos += System.nanoTime() - started;
      var before = counter == null ? null : counter.work();
      started = System.nanoTime();
      run(
          CLIENTS,
          () -> {
            for (var each = held.poll(); each != null; each = held.poll()) {
              var sent = System.nanoTime();
              var ok = confirm(each);
              latencies.add(System.nanoTime() - sent);
              (ok ? confirmed : refused).incrementAndGet();
            }
            return null;
          });
      confirmNanos += System.nanoTime() - started;
      if (counter != null) {
        work = work.plus(counter.work().minus(before));
      }
    }
    return new Run(
        confirmed.get(),
        refused.get(),
        new TreeMap<>(refusals),
        holdNanos / 1e9,
        confirmNanos / 1e9,
        latencies.stream().mapToLong(Long::longValue).sorted().toArray(),
        work);
  }

  /**
   * {@code GET /api/ping} as the booking clients send their requests: {@link #CLIENTS} clients, one
   * request after another each, through the same HTTP client; requests per second. wrk's ping costs
   * the load generator far less a request than this client does, on the same two cores.
   */
  Rate pings(Duration time) throws Exception {
    var done = new AtomicInteger();
    var deadline = System.nanoTime() + time.toNanos();
    var started = System.nanoTime();
    run(
        CLIENTS,
        () -> {
          while (System.nanoTime() < deadline) {
            var answer = send(Map.of(), "GET", "/api/ping", null);
            if (answer.statusCode() != 200) {
              throw new IllegalStateException("ping answered " + answer.statusCode());
            }
            done.incrementAndGet();
          }
          return null;
        });
    return new Rate(done.get() / ((System.nanoTime() - started) / 1e9), done.get());
  }

  /**
   * Identity checks started one after another by one admitted browser, in pairs: a real one (a
   * resident's number and name) and a decoy (another resident's number with a wrong name), in turns
   * which goes first. The latencies, in nanoseconds, sorted; the first {@code warmUp} pairs are not
   * kept.
   */
  Starts identityStarts(int pairs, int warmUp) throws Exception {
    var browser = new TreeMap<String, String>();
    admit(browser);
    var real = new long[pairs];
    var decoy = new long[pairs];
    for (int i = -warmUp; i < pairs; i++) {
      var resident = adults.get(nextResident.getAndIncrement());
      var other = adults.get(nextResident.getAndIncrement());
      var realFirst = (i & 1) == 0;
      long realNanos = 0;
      long decoyNanos = 0;
      for (var turn = 0; turn < 2; turn++) {
        if ((turn == 0) == realFirst) {
          realNanos = started(browser, resident.number().digits(), resident.name());
        } else {
          decoyNanos = started(browser, other.number().digits(), other.name() + "가");
        }
      }
      if (i >= 0) {
        real[i] = realNanos;
        decoy[i] = decoyNanos;
      }
    }
    Arrays.sort(real);
    Arrays.sort(decoy);
    return new Starts(real, decoy);
  }

  /** How long one start of an identity check took; it must be answered 201 either way. */
  private long started(Map<String, String> browser, String number, String name) throws Exception {
    var claim =
        Json.createObjectBuilder()
            .add("registrationNumber", number)
            .add("name", name)
            .build()
            .toString();
    var sent = System.nanoTime();
    var answer = send(browser, "POST", "/api/identity/verifications", claim);
    var took = System.nanoTime() - sent;
    if (answer.statusCode() != 201) {
      throw new IllegalStateException("an identity check answered " + answer.body());
    }
    return took;
  }

  /** Sorted latencies of real and decoy identity checks, in nanoseconds. */
  record Starts(long[] real, long[] decoy) {
    static double millis(long[] sorted, double quantile) {
      var rank = (int) Math.ceil(quantile * sorted.length) - 1;
      return sorted[Math.max(0, rank)] / 1e6;
    }
  }

  /** The node's database work while the harness sends it nothing: its background work. */
  CountingProxy.Work idleWork(Duration time) throws InterruptedException {
    var before = counter.work();
    Thread.sleep(time.toMillis());
    return counter.work().minus(before);
  }

  private record Held(Map<String, String> person, String hold) {}

  /** The booking's transaction, raw: as many as {@link #CONNECTIONS} connections do in the time. */
  Rate jdbcBaseline(Duration time) throws Exception {
    var slotIds = scratchTables();
    var person = new AtomicLong();
    var done = new AtomicInteger();
    var deadline = System.nanoTime() + time.toNanos();
    var started = System.nanoTime();
    run(
        CONNECTIONS,
        () -> {
          try (var db = connect(database)) {
            var raw = new RawTransaction(db, slotIds);
            for (long i = 0; System.nanoTime() < deadline; i++) {
              raw.commit(person.incrementAndGet(), i);
              done.incrementAndGet();
            }
          }
          return null;
        });
    var seconds = (System.nanoTime() - started) / 1e9;
    dropScratchTables();
    return new Rate(done.get() / seconds, done.get());
  }

  /**
   * The raw transaction's database work, counted the same way as the node's (through a {@link
   * CountingProxy}), over {@code transactions} of them on one connection; not timed.
   */
  CountingProxy.Work rawWork(int transactions) throws Exception {
    var slotIds = scratchTables();
    try (var proxy = new CountingProxy(database.url());
        var db = connect(proxy.through(database))) {
      var raw = new RawTransaction(db, slotIds);
      var before = proxy.work(); // after the connection's start-up, which a pool does once
      for (long i = 0; i < transactions; i++) {
        raw.commit(i + 1, i);
      }
      return proxy.work().minus(before);
    } finally {
      dropScratchTables();
    }
  }

  /**
   * What a two-dose booking commits, raw: for each dose {@code update slot set booked = booked + 1
   * where id = ? and booked < capacity} and the booking row's insert, then the commit.
   */
  private static final class RawTransaction {
    private final java.sql.Connection db;
    private final List<Long> slotIds;
    private final java.sql.PreparedStatement take;
    private final java.sql.PreparedStatement insert;

    RawTransaction(java.sql.Connection db, List<Long> slotIds) throws SQLException {
      this.db = db;
      this.slotIds = slotIds;
      db.setAutoCommit(false);
      take =
          db.prepareStatement(
              "update bench_slot set booked = booked + 1 where id = ? and booked < capacity");
      insert =
          db.prepareStatement(
              "insert into bench_booking (confirmation, person_id, booked_by, campaign_id,"
                  + " slot_id, clinic_id, starts_at, product_code, dose_number, booked_at)"
                  + " select ?, ?, ?, campaign_id, id, clinic_id, starts_at, product_code,"
                  + " ?, now() from bench_slot where id = ?");
    }

    void commit(long who, long i) throws SQLException {
      for (int dose = 1; dose <= 2; dose++) {
        var slot = slotIds.get((int) Math.floorMod(i * 7919 + who * dose, slotIds.size()));
        take.setLong(1, slot);
        take.executeUpdate();
        insert.setString(1, Long.toString(who, 36));
        insert.setLong(2, who);
        insert.setLong(3, who);
        insert.setInt(4, dose);
        insert.setLong(5, slot);
        insert.executeUpdate();
      }
      db.commit();
    }
  }

  /** Scratch copies of the two tables (same columns, indexes and unique keys); their slot ids. */
  private List<Long> scratchTables() throws SQLException {
    try (var db = connect(database)) {
      db.createStatement()
          .execute(
              "drop table if exists bench_booking; drop table if exists bench_slot;"
                  + " create table bench_slot (like slot including all);"
                  + " create table bench_booking (like booking including all);"
                  + " insert into bench_slot (campaign_id, clinic_id, product_code, starts_at,"
                  + " ends_at, capacity) select campaign_id, clinic_id, product_code, starts_at,"
                  + " ends_at, 1000000 from slot");
    }
    var slotIds = new ArrayList<Long>();
    try (var db = connect(database);
        var rows = db.createStatement().executeQuery("select id from bench_slot")) {
      while (rows.next()) {
        slotIds.add(rows.getLong(1));
      }
    }
    return slotIds;
  }

  private void dropScratchTables() throws SQLException {
    try (var db = connect(database)) {
      db.createStatement().execute("drop table bench_booking; drop table bench_slot");
    }
  }

  /** The hold's id, or null when refused or unanswered (counted in {@link #refusals}). */
  private String hold(Map<String, String> person, long slot, Long second) throws Exception {
    var body = "{\"slot\":" + slot + (second == null ? "" : ",\"secondSlot\":" + second) + "}";
    try {
      var hold = send(person, "POST", "/api/campaigns/" + campaign + "/holds", body);
      return hold.statusCode() == 201 ? json(hold.body()).getString("hold") : refused("hold", hold);
    } catch (java.io.IOException unanswered) {
      return unanswered("hold", unanswered);
    }
  }

  private boolean confirm(Held held) throws Exception {
    try {
      var booked =
          send(
              held.person(),
              "POST",
              "/api/campaigns/" + campaign + "/bookings",
              "{\"hold\":\"" + held.hold() + "\"}");
      if (booked.statusCode() == 201) {
        return true;
      }
      refused("confirm", booked);
    } catch (java.io.IOException unanswered) {
      unanswered("confirm", unanswered);
    }
    return false;
  }

  /** A request with no answer (a timeout, a closed connection): counted, not thrown. */
  private String unanswered(String step, java.io.IOException why) {
    refusals.merge(step + " unanswered (" + why.getClass().getSimpleName() + ")", 1, Integer::sum);
    return null;
  }

  private String refused(String step, HttpResponse<String> answer) {
    var type = PROBLEM_TYPE.matcher(answer.body());
    var why = step + " " + answer.statusCode() + (type.find() ? " " + type.group(1) : "");
    refusals.merge(why, 1, Integer::sum);
    return null;
  }

  /**
   * Slot ids of the campaign from tomorrow on, as availability lists them, busiest clinics first.
   */
  private List<Long> slots() throws Exception {
    var person = prepare(1).get(0);
    var ids = new ArrayList<Long>();
    var from = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);
    for (int day = 0; day < 14; day++) {
      var listing =
          json(
              send(
                      person,
                      "GET",
                      "/api/campaigns/" + campaign + "/availability?date=" + from.plusDays(day),
                      null)
                  .body());
      for (var slot : listing.getJsonArray("slots")) {
        ids.add(((JsonObject) slot).getJsonNumber("slot").longValue());
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("campaign " + campaign + " has no slots to book");
    }
    return ids;
  }

  /** People through the waiting room and signed in with the demo code, eight at a time. */
  private List<Map<String, String>> prepare(int count) throws Exception {
    var prepared = new ConcurrentLinkedQueue<Map<String, String>>();
    var pool = Executors.newFixedThreadPool(8);
    try {
      var work = new ArrayList<Callable<Void>>();
      for (int i = 0; i < count; i++) {
        var resident = adults.get(nextResident.getAndIncrement());
        work.add(
            () -> {
              prepared.add(readyToBook(resident));
              return null;
            });
      }
      for (var each : pool.invokeAll(work)) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new ArrayList<>(prepared);
  }

  private Map<String, String> readyToBook(ResidentRow resident) throws Exception {
    var person = new TreeMap<String, String>();
    admit(person);
    var claim =
        Json.createObjectBuilder()
            .add("registrationNumber", resident.number().digits())
            .add("name", resident.name())
            .build()
            .toString();
    var challenge = json(send(person, "POST", "/api/identity/verifications", claim).body());
    var confirmed =
        send(
            person,
            "POST",
            "/api/identity/verifications/" + challenge.getString("challenge") + "/confirmation",
            "{\"code\":\"" + challenge.getString("demoCode") + "\"}");
    keepCookies(person, confirmed);
    return person;
  }

  /** Through the waiting room: the browser cookie and the admission join the person's headers. */
  private void admit(Map<String, String> person) throws Exception {
    var queue = "/api/queue/" + campaign;
    var puzzle = json(send(person, "GET", queue + "/puzzle", null).body());
    var nonce = ProofOfWork.solve(puzzle.getString("challenge"), puzzle.getInt("difficulty"));
    var joined =
        send(
            person,
            "POST",
            queue + "/tickets",
            "{\"challenge\":\""
                + puzzle.getString("challenge")
                + "\",\"nonce\":\""
                + nonce
                + "\"}");
    keepCookies(person, joined);
    for (int tries = 0;
        !json(send(person, "GET", queue + "/status", null).body())
            .getString("state")
            .equals("YOUR_TURN");
        tries++) {
      if (tries > 600) {
        throw new IllegalStateException("not admitted within a minute");
      }
      Thread.sleep(100);
    }
    var admitted = send(person, "POST", queue + "/admission", null);
    person.put("Vaxline-Admission", json(admitted.body()).getString("admission"));
  }

  /**
   * Headers of a browser admitted to the campaign's booking side (admission and browser cookie),
   * for wrk's availability rounds; an admission lasts ten minutes, so each round takes a new one.
   */
  Map<String, String> admittedBrowser() throws Exception {
    var person = new TreeMap<String, String>();
    admit(person);
    return person;
  }

  /** Where availability is read in the benchmark: tomorrow, at the first clinic with slots. */
  String availabilityPath() throws Exception {
    var person = admittedBrowser();
    var tomorrow = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);
    var listing =
        json(
            send(
                    person,
                    "GET",
                    "/api/campaigns/" + campaign + "/availability?date=" + tomorrow,
                    null)
                .body());
    var clinic = listing.getJsonArray("slots").getJsonObject(0).getString("clinic");
    return "/api/campaigns/" + campaign + "/availability?clinic=" + clinic + "&date=" + tomorrow;
  }

  /** Opens the campaign's waiting room wide, so preparing people is not the queue's test. */
  void openQueue() throws Exception {
    var answer =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/operator/queues/" + campaign))
                .header("Authorization", OPERATOR)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"paused\":false,\"draining\":false,\"capPerSecond\":5000}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("steering the queue failed: " + answer.body());
    }
  }

  private HttpResponse<String> send(
      Map<String, String> person, String method, String path, String body) throws Exception {
    var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    person.forEach(request::header);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void keepCookies(Map<String, String> person, HttpResponse<String> answer) {
    for (var cookie : answer.headers().allValues("Set-Cookie")) {
      person.merge("Cookie", cookie.substring(0, cookie.indexOf(';')), (a, b) -> a + "; " + b);
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static java.sql.Connection connect(DatabaseAddress to) throws SQLException {
    return DriverManager.getConnection(to.url(), to.user(), to.password());
  }

  /** Runs {@code count} copies of the client at once until each returns. */
  private static void run(int count, Callable<Void> client) throws Exception {
    var pool = Executors.newFixedThreadPool(count);
    try {
      var clients = new ArrayList<Callable<Void>>();
      for (int i = 0; i < count; i++) {
        clients.add(client);
      }
      for (var each : pool.invokeAll(clients)) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
