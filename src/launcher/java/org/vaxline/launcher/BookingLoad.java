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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.vaxline.demo.control.DemoLoader;
import org.vaxline.demo.entity.ResidentRow;
import org.vaxline.waitingroom.control.ProofOfWork;

/**
 * Issue 6: confirmed bookings per second through the node, against a raw JDBC baseline that runs
 * the same guarded updates and inserts against the same PostgreSQL in the same run.
 *
 * <p>Booking needs people who came through the waiting room and verified by phone code, and each
 * person books once; so people are prepared first (not measured), then {@link #CLIENTS} clients (as
 * many as wrk's connections for the other targets) book them, hold then confirm, on the campaign's
 * slots, as fast as they can. Every booking is of a two-dose product, so the baseline runs what
 * such a booking commits: {@code update slot set booked = booked + 1 where id = ? and booked <
 * capacity} and the booking row's insert for each dose, on two slots, then the commit; with {@link
 * #CONNECTIONS} JDBC connections (PostgreSQL does best with a few per core), on scratch copies of
 * the two tables (same columns, indexes and unique keys).
 */
final class BookingLoad {

  static final int CLIENTS = Integer.getInteger("bench.bookingClients", 64);
  static final int CONNECTIONS = 16;
  private static final long DEMO_SEED = 20210712L; // DemoData's
  private static final String OPERATOR =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("operator:vaxline-demo-operator".getBytes(StandardCharsets.UTF_8));

  private final URI base;
  private final DatabaseAddress database;
  private final long campaign;
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

  BookingLoad(URI base, DatabaseAddress database, long campaign, int residents) {
    this.base = base;
    this.database = database;
    this.campaign = campaign;
    this.adults =
        DemoLoader.residents(DEMO_SEED, residents)
            .filter(row -> row.birthDate().isBefore(LocalDate.of(2000, 1, 1)))
            .toList();
  }

  /** What one measurement gave: transactions (or bookings) per second and how many failed. */
  record Rate(double perSecond, int done, int failed) {}

  /** Books {@code people} prepared people, as fast as {@link #CLIENTS} clients can. */
  Rate bookings(int people) throws Exception {
    var slots = new ConcurrentLinkedQueue<>(slots());
    var ready = new ConcurrentLinkedQueue<Map<String, String>>(prepare(people));
    var done = new AtomicInteger();
    var failed = new AtomicInteger();
    var started = System.nanoTime();
    run(
        CLIENTS,
        () -> {
          for (var person = ready.poll(); person != null; person = ready.poll()) {
            var slot = slots.poll();
            if (slot == null) {
              throw new IllegalStateException("ran out of free slots");
            }
            if (book(person, slot)) {
              done.incrementAndGet();
              slots.add(slot); // a slot of 10 or 12 seats takes more than one person
            } else {
              failed.incrementAndGet();
            }
          }
          return null;
        });
    var seconds = (System.nanoTime() - started) / 1e9;
    return new Rate(done.get() / seconds, done.get(), failed.get());
  }

  /** The booking's transaction, raw: as many as {@link #CONNECTIONS} connections do in the time. */
  Rate jdbcBaseline(Duration time) throws Exception {
    try (var db = connect()) {
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
    try (var db = connect();
        var rows = db.createStatement().executeQuery("select id from bench_slot")) {
      while (rows.next()) {
        slotIds.add(rows.getLong(1));
      }
    }
    var person = new AtomicLong();
    var done = new AtomicInteger();
    var deadline = System.nanoTime() + time.toNanos();
    var started = System.nanoTime();
    run(
        CONNECTIONS,
        () -> {
          try (var db = connect()) {
            db.setAutoCommit(false);
            var take =
                db.prepareStatement(
                    "update bench_slot set booked = booked + 1 where id = ? and booked < capacity");
            var insert =
                db.prepareStatement(
                    "insert into bench_booking (confirmation, person_id, booked_by, campaign_id,"
                        + " slot_id, clinic_id, starts_at, product_code, dose_number, booked_at)"
                        + " select ?, ?, ?, campaign_id, id, clinic_id, starts_at, product_code,"
                        + " ?, now() from bench_slot where id = ?");
            for (long i = 0; System.nanoTime() < deadline; i++) {
              var who = person.incrementAndGet();
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
              done.incrementAndGet();
            }
          }
          return null;
        });
    var seconds = (System.nanoTime() - started) / 1e9;
    try (var db = connect()) {
      db.createStatement().execute("drop table bench_booking; drop table bench_slot");
    }
    return new Rate(done.get() / seconds, done.get(), 0);
  }

  private boolean book(Map<String, String> person, long slot) throws Exception {
    var hold =
        send(person, "POST", "/api/campaigns/" + campaign + "/holds", "{\"slot\":" + slot + "}");
    if (hold.statusCode() != 201) {
      return false;
    }
    var id = json(hold.body()).getString("hold");
    var booked =
        send(
            person,
            "POST",
            "/api/campaigns/" + campaign + "/bookings",
            "{\"hold\":\"" + id + "\"}");
    return booked.statusCode() == 201;
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

  private java.sql.Connection connect() throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
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
