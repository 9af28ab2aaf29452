package org.vaxline.booking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.vaxline.demo.control.DemoLoader;
import org.vaxline.demo.entity.ResidentRow;
import org.vaxline.it.Api;
import org.vaxline.it.Citizen;
import org.vaxline.it.ClinicDays;
import org.vaxline.it.Nodes;
import org.vaxline.it.Queue;
import org.vaxline.it.TestDatabases;
import org.vaxline.launcher.DatabaseAddress;
import org.vaxline.launcher.PayaraNode;

/**
 * The shape of opening night (issue 14): nearly everyone wants the same first slot. Two nodes;
 * 2,000 people try to hold the 1,000 seats of one slot, and everyone who holds one confirms at the
 * same instant. Then the same storm, smaller, three times with something breaking in its middle:
 * the shared counters wiped, PostgreSQL restarted, a node killed. A confirmation whose answer was
 * lost is asked again with the same hold, and the answer must be the truth the database holds.
 *
 * <p>Minutes long: it runs in the long profile ({@code mvn verify -Plong}), not in {@code mvn
 * verify}.
 */
@Tag("long")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotSlotStormIT {

  private static final List<Integer> DATA_GRID = List.of(6995, 6996);
  private static final int RESIDENTS = 6_000;
  private static final int HOT_SEATS = 1_000;
  private static final int HOT_CROWD = 2_000;
  private static final int CHAOS_SEATS = 150;
  private static final int CHAOS_CROWD = 250;

  /**
   * Preparing people (waiting room, then a phone code) is booking-side work: more at once than this
   * fills the booking path, and its limit then sheds the identity checks the preparation needs.
   */
  private static final int PREPARERS = 10;

  private static final Duration CONFIRMATION_LIMIT = Duration.ofSeconds(5);

  /** How many times a client asks again after a 503 before it counts as never answered. */
  private static final int SHED_RETRIES = 10;

  /** Attempts, a second or Retry-After apart, to learn a confirmation's outcome after chaos. */
  private static final int SETTLE_ATTEMPTS = 30;

  private static final Duration START_LIMIT = Duration.ofMinutes(6); // a busy shared machine

  /** Seoul's second and third sites: not demo booking clinics, so their slots are the test's. */
  private static final String HOT_CLINIC = "C110002";

  private static final String CHAOS_CLINIC = "C110003";
  private static final int SECOND_DOSE_DAYS = 21; // Pfizer's interval (V4__provinces_and_vaccines)

  private static DatabaseAddress database;
  private static Connection look;
  private static PayaraNode nodeA;
  private static PayaraNode nodeB;
  private static Api operatorA;
  private static long campaign;

  /** How the current storm's holds and confirmations were answered (cleared by each hold step). */
  private static final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

  private static final AtomicInteger nextResident = new AtomicInteger();
  private static final List<ResidentRow> adults =
      DemoLoader.residents(20210712L, RESIDENTS) // DemoData's seed
          .filter(row -> row.birthDate().isBefore(LocalDate.of(2000, 1, 1)))
          .toList();

  @BeforeAll
  static void startTwoNodesAndOpenTheSlots() throws Exception {
    var started = System.nanoTime();
    database = TestDatabases.fresh("hotslot");
    nodeA = node("hotslot-a", 18195, DATA_GRID.get(0));
    nodeB = node("hotslot-b", 18196, DATA_GRID.get(1));
    Nodes.awaitReady(START_LIMIT, nodeA, nodeB);
    look = connect();
    operatorA = new Api(nodeA.base()).as("operator", "vaxline-demo-operator");
    campaign = Queue.campaignNamed(operatorA, "aged 18 and over");
    Queue.steer(operatorA, campaign, false, false, 2_000);
    // One slot a day, so the second dose (same time, 21 days on) has as many seats as the first.
    assertEquals(
        40, ClinicDays.open(operatorA, HOT_CLINIC, campaign, "09:00-10:00", HOT_SEATS, 40));
    assertEquals(
        40, ClinicDays.open(operatorA, CHAOS_CLINIC, campaign, "09:00-10:00", CHAOS_SEATS, 40));
    assertTrue(
        adults.size() >= HOT_CROWD + 3 * CHAOS_CROWD,
        "adults among the demo residents: " + adults.size());
    System.out.printf("[hot-slot] two nodes ready and slots open in %s%n", since(started));
  }

  @AfterAll
  static void stop() throws Exception {
    if (look != null) {
      look.close();
    }
    Nodes.close(nodeA, nodeB);
  }

  @Test
  @Order(1)
  void twoThousandPeopleForOneSlotOfAThousandBookExactlyAThousandEachWithinFiveSeconds()
      throws Exception {
    var slot = slotOn(HOT_CLINIC, 10);
    var crowd = prepare(HOT_CROWD);
    var holders = holdAll(slot, crowd);
    assertEquals(HOT_SEATS, holders.size(), () -> "holds; answers: " + answers);
    var latencies = confirmAll(holders, () -> {}, 0);
    var told = toldBooked(holders);
    var confirmed = confirmationsOn(slot);
    summarize("storm", slot, holders, latencies);
    var retold = askAgain(told, List.of(nodeB, nodeA)); // each on the other node
    assertAll(
        () -> assertEveryRequestAnswered(false),
        () -> assertEquals(HOT_SEATS, told.size(), () -> "told booked; answers: " + answers),
        () -> assertEquals(HOT_SEATS, count("select booked from slot where id = " + slot)),
        () -> assertEquals(HOT_SEATS, confirmed.size(), "dose-1 rows BOOKED in the slot"),
        () -> assertEquals(HOT_SEATS, secondDoses(slot), "dose-2 rows BOOKED"),
        () ->
            assertEquals(
                HOT_SEATS,
                count("select booked from slot where id = " + secondSlotOf(HOT_CLINIC, 10))),
        () -> assertEquals(0, notTwoRows(slot), "confirmations without exactly two rows"),
        () -> assertEquals(Set.copyOf(told.keySet()), confirmed, "told booked = booked rows"),
        () -> assertCacheAgrees(),
        () -> assertEquals(Map.of(), retold, "asked again: the same booking, answered 200"),
        () ->
            assertTrue(
                max(latencies) <= CONFIRMATION_LIMIT.toMillis(),
                "slowest confirmation " + max(latencies) + " ms"));
  }

  @Test
  @Order(2)
  void countersWipedMidStormLoseNoBookingAndEveryRetryLearnsItsOutcome() throws Exception {
    chaosStorm(
        slotOn(CHAOS_CLINIC, 11),
        () -> {
          var wiped =
              operatorA.send("DELETE", "/api/operator/allocation/counters", null, null, null);
          assertEquals(204, wiped.status(), wiped::body);
        },
        List.of(nodeA, nodeB));
  }

  @Test
  @Order(3)
  void postgresRestartedMidStormLosesNoBookingAndEveryRetryLearnsItsOutcome() throws Exception {
    chaosStorm(slotOn(CHAOS_CLINIC, 12), TestDatabases::restartServer, List.of(nodeA, nodeB));
  }

  /** Last: node A stays dead. */
  @Test
  @Order(4)
  void aNodeKilledMidStormLosesNoBookingAndEveryRetryLearnsItsOutcome() throws Exception {
    chaosStorm(slotOn(CHAOS_CLINIC, 13), nodeA::kill, List.of(nodeB));
  }

  /**
   * A storm on {@code slot} with {@code chaos} done once a quarter of the confirmations were
   * answered; then every client without a definite answer asks again (same hold) through the {@code
   * survivors}, and a sample of those told "booked" ask again too, as a client whose answer was
   * lost would.
   */
  private static void chaosStorm(long slot, Chaos chaos, List<PayaraNode> survivors)
      throws Exception {
    var crowd = prepare(CHAOS_CROWD);
    var holders = holdAll(slot, crowd);
    assertTrue(holders.size() >= CHAOS_SEATS / 2, () -> "holds; answers: " + answers);
    var latencies = confirmAll(holders, chaos, Math.max(1, holders.size() / 4));
    summarize("chaos storm", slot, holders, latencies);
    var settling = System.nanoTime();
    settle(holders, survivors);
    var unsettled = holders.stream().filter(client -> !client.settled()).toList();
    var told = toldBooked(holders);
    var retold = askAgain(told, survivors);
    var confirmed = confirmationsOn(slot);
    System.out.printf(
        "[hot-slot] settled in %s: told booked %d, refused %s, unsettled %d; booked rows %d%n",
        since(settling), told.size(), refusals(holders), unsettled.size(), confirmed.size());
    assertAll(
        () -> assertEveryRequestAnswered(survivors.size() < 2),
        () ->
            assertTrue(
                told.keySet().stream().allMatch(number -> rowsOf(number) == 2),
                "every confirmation answered 2xx has its two BOOKED rows"),
        () -> assertTrue(count("select booked from slot where id = " + slot) <= CHAOS_SEATS),
        () ->
            assertEquals(
                confirmed.size(),
                count("select booked from slot where id = " + slot),
                "slot.booked = its BOOKED rows"),
        () -> assertEquals(List.of(), unsettled.stream().map(c -> c.last).toList(), "unsettled"),
        () -> assertEquals(holders.stream().filter(c -> c.told != null).count(), told.size()),
        () -> assertEquals(Set.copyOf(told.keySet()), confirmed, "told booked = booked rows"),
        () -> assertEquals(Map.of(), retold, "asked again: the same booking, answered 200"));
  }

  /** One person's browser in a storm and what it was told. */
  private static final class Client {
    final Api api;
    final int index;
    String hold;
    String told; // the confirmation number answered 200 or 201
    String refused; // a 4xx answer: status and problem type
    String last = "nothing yet"; // the last answer, for a failure's message

    Client(Api api, int index) {
      this.api = api;
      this.index = index;
    }

    boolean settled() {
      return told != null || refused != null;
    }

    /** Takes a definite answer (2xx booked, 4xx refused) as the outcome; true if it was one. */
    boolean learn(Api.Answer answer) {
      last = answer.status() + " " + type(answer);
      if (answer.status() == 200 || answer.status() == 201) {
        told = answer.object().getString("confirmation");
      } else if (answer.status() >= 400 && answer.status() < 500 && answer.status() != 429) {
        refused = last;
      }
      return settled();
    }
  }

  /** Everyone asks for a seat in {@code slot} at once; returns those holding one. */
  private static List<Client> holdAll(long slot, List<Client> crowd) throws Exception {
    answers.clear();
    var started = System.nanoTime();
    var body = "{\"slot\":" + slot + "}";
    everyoneAtOnce(
        crowd,
        client -> {
          var answer = shedRetried(() -> client.api.post(holdPath(), body), "hold", null);
          if (answer != null && answer.status() == 201) {
            client.hold = answer.object().getString("hold");
          }
        });
    var holders = crowd.stream().filter(client -> client.hold != null).toList();
    System.out.printf(
        "[hot-slot] %d people asked for slot %d in %s: %d hold a seat; %s%n",
        crowd.size(), slot, since(started), holders.size(), answers);
    return holders;
  }

  /**
   * Every holder confirms at the same instant (a start barrier), asking again after a 503 as its
   * Retry-After says; {@code chaos} runs once {@code chaosAfter} answers came back. Returns the
   * milliseconds of every confirmation request, including those that failed.
   */
  private static List<Long> confirmAll(List<Client> holders, Chaos chaos, int chaosAfter)
      throws Exception {
    var latencies = new ConcurrentLinkedQueue<Long>();
    var answered = new CountDownLatch(chaosAfter);
    var chaosRunner = Executors.newSingleThreadExecutor();
    var chaosDone =
        chaosRunner.submit(
            () -> {
              answered.await(5, TimeUnit.MINUTES);
              var at = System.nanoTime();
              chaos.run();
              if (chaosAfter > 0) {
                System.out.printf("[hot-slot] chaos done in %s%n", since(at));
              }
              return null;
            });
    var started = System.nanoTime();
    everyoneAtOnce(
        holders,
        client -> {
          var answer =
              shedRetried(
                  () -> {
                    var sent = System.nanoTime();
                    try {
                      return client.api.post(bookPath(), holdBody(client));
                    } finally {
                      latencies.add(Duration.ofNanos(System.nanoTime() - sent).toMillis());
                      answered.countDown();
                    }
                  },
                  "book",
                  client);
          if (answer != null) {
            client.learn(answer);
          }
        });
    var took = since(started);
    chaosDone.get(5, TimeUnit.MINUTES);
    chaosRunner.shutdownNow();
    System.out.printf("[hot-slot] %d confirmations in %s%n", holders.size(), took);
    return List.copyOf(latencies);
  }

  /**
   * Sends a request, and again after each 503 booking-overloaded as Retry-After says, at most
   * {@link #SHED_RETRIES} times. Null when no answer came (the node is gone, a timeout).
   */
  private static Api.Answer shedRetried(Callable<Api.Answer> request, String step, Client client)
      throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      Api.Answer answer;
      try {
        answer = request.call();
      } catch (Exception noAnswer) {
        tally(step + " unanswered " + noAnswer.getClass().getSimpleName());
        if (client != null) {
          client.last = "unanswered: " + noAnswer;
        }
        return null;
      }
      tally(step + " " + answer.status() + " " + type(answer));
      if (!overloaded(answer) || attempt == SHED_RETRIES) {
        return answer;
      }
      Thread.sleep(retryAfter(answer).toMillis());
    }
  }

  /**
   * Each client without a definite answer confirms again, same hold, through a surviving node (the
   * other one where both live), until it has one or its attempts are used up.
   */
  private static void settle(List<Client> holders, List<PayaraNode> survivors) throws Exception {
    var open = holders.stream().filter(client -> !client.settled()).toList();
    everyoneAtOnce(
        open,
        client -> {
          var via = client.api.on(survivors.get((client.index + 1) % survivors.size()).base());
          for (int attempt = 0; attempt < SETTLE_ATTEMPTS && !client.settled(); attempt++) {
            try {
              var answer = via.post(bookPath(), holdBody(client));
              if (!client.learn(answer)) {
                Thread.sleep(retryAfter(answer).toMillis());
              }
            } catch (RuntimeException noAnswer) {
              client.last = "unanswered: " + noAnswer;
              Thread.sleep(1_000);
            }
          }
        });
  }

  /**
   * Up to 50 of those told "booked" confirm their hold again on a surviving node, as a client whose
   * answer was lost does; each must be answered 200 with the same confirmation number. Returns
   * those that were not, with what they were answered.
   */
  private static Map<String, String> askAgain(
      Map<String, Client> told, List<PayaraNode> survivors) {
    var wrong = new TreeMap<String, String>();
    told.values().stream()
        .limit(50)
        .forEach(
            client -> {
              var via = client.api.on(survivors.get(client.index % survivors.size()).base());
              var answer = via.post(bookPath(), holdBody(client));
              var same =
                  answer.status() == 200
                      && client.told.equals(answer.object().getString("confirmation"));
              if (!same) {
                wrong.put(client.told, answer.status() + " " + type(answer));
              }
            });
    return wrong;
  }

  /** What breaks in the middle of a storm. */
  private interface Chaos {
    void run() throws Exception;
  }

  private interface Step {
    void run(Client client) throws Exception;
  }

  /** Runs {@code step} for every client, each on its own thread, all released together. */
  private static void everyoneAtOnce(List<Client> clients, Step step) throws Exception {
    if (clients.isEmpty()) {
      return;
    }
    var pool = Executors.newFixedThreadPool(clients.size());
    var start = new CountDownLatch(1);
    try {
      var done = new ArrayList<java.util.concurrent.Future<Void>>();
      for (var client : clients) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  step.run(client);
                  return null;
                }));
      }
      start.countDown();
      for (var each : done) {
        each.get(15, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** People ready to book (admitted, verified), prepared in parallel, half through each node. */
  private static List<Client> prepare(int count) throws Exception {
    var started = System.nanoTime();
    var pool = Executors.newFixedThreadPool(PREPARERS);
    try {
      var ready = new ArrayList<java.util.concurrent.Future<Client>>();
      for (int i = 0; i < count; i++) {
        var index = i;
        var node = i % 2 == 0 ? nodeA : nodeB;
        var resident = adults.get(nextResident.getAndIncrement());
        ready.add(
            pool.submit(
                () ->
                    new Client(
                        Citizen.readyToBook(new Api(node.base()), campaign, resident), index)));
      }
      var prepared = new ArrayList<Client>();
      for (var each : ready) {
        prepared.add(each.get());
      }
      System.out.printf("[hot-slot] %d people ready to book in %s%n", count, since(started));
      return prepared;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void summarize(String what, long slot, List<Client> holders, List<Long> millis)
      throws Exception {
    var sorted = millis.stream().sorted().toList();
    System.out.printf(
        "[hot-slot] %s on slot %d: %d holders, %d confirmation requests, p50 %d ms, p99 %d ms,"
            + " max %d ms; told booked %d; slot.booked %d; answers %s%n",
        what,
        slot,
        holders.size(),
        sorted.size(),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
        sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)),
        max(millis),
        holders.stream().filter(c -> c.told != null).count(),
        count("select booked from slot where id = " + slot),
        answers);
  }

  /**
   * No 5xx but 503 booking-overloaded, which means "nothing was done, try again" (issue 14); a 500
   * leaves the client not knowing what was done. Requests to a killed node go unanswered.
   */
  private static void assertEveryRequestAnswered(boolean aNodeDied) {
    var failures =
        answers.keySet().stream()
            .filter(
                answer ->
                    (answer.contains("unanswered") && !aNodeDied)
                        || (answer.matches("\\S+ 5\\d\\d.*") && !answer.endsWith("overloaded")))
            .toList();
    assertEquals(List.of(), failures, () -> "unanswered or server errors; answers: " + answers);
  }

  private static void assertCacheAgrees() {
    var report = operatorA.get("/api/operator/allocation/consistency").object();
    assertEquals(0, report.getInt("mismatches"), report::toString);
  }

  /** Those told "booked", by their confirmation number. */
  private static Map<String, Client> toldBooked(List<Client> holders) {
    var told = new TreeMap<String, Client>();
    holders.stream().filter(c -> c.told != null).forEach(c -> told.put(c.told, c));
    return told;
  }

  private static Map<String, Long> refusals(List<Client> holders) {
    return holders.stream()
        .filter(c -> c.refused != null)
        .collect(Collectors.groupingBy(c -> c.refused, TreeMap::new, Collectors.counting()));
  }

  /** The confirmation numbers of the first doses BOOKED in {@code slot}. */
  private static Set<String> confirmationsOn(long slot) throws Exception {
    return new TreeSet<>(
        column(
            "select confirmation from booking where status = 'BOOKED' and dose_number = 1"
                + " and slot_id = "
                + slot));
  }

  private static long secondDoses(long slot) throws Exception {
    return count(
        "select count(*) from booking where status = 'BOOKED' and dose_number = 2"
            + " and confirmation in ("
            + firstDosesOf(slot)
            + ")");
  }

  private static long notTwoRows(long slot) throws Exception {
    return count(
        "select count(*) from (select confirmation from booking where confirmation in ("
            + firstDosesOf(slot)
            + ") group by confirmation having count(*) <> 2) odd");
  }

  private static String firstDosesOf(long slot) {
    return "select confirmation from booking where status = 'BOOKED' and dose_number = 1"
        + " and slot_id = "
        + slot;
  }

  private static long rowsOf(String confirmation) {
    try {
      return count(
          "select count(*) from booking where status = 'BOOKED' and confirmation = '"
              + confirmation
              + "'");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long secondSlotOf(String clinic, int days) throws Exception {
    return slotOn(clinic, days + SECOND_DOSE_DAYS);
  }

  /** The clinic's one slot (09:00 KST) {@code days} from today. */
  private static long slotOn(String clinic, int days) throws Exception {
    var date = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(days);
    return count(
        "select s.id from slot s join clinic c on c.id = s.clinic_id where c.code = '"
            + clinic
            + "' and s.starts_at = timestamp with time zone '"
            + date
            + " 09:00:00+09:00'");
  }

  private static boolean overloaded(Api.Answer answer) {
    return answer.status() == 503 && type(answer).equals("booking-overloaded");
  }

  /** Retry-After in seconds (RFC 9110, section 10.2.3); a second when absent, at most ten. */
  private static Duration retryAfter(Api.Answer answer) {
    var header = answer.header("Retry-After");
    var seconds = header != null && header.matches("\\d+") ? Long.parseLong(header) : 1;
    return Duration.ofSeconds(Math.max(1, Math.min(10, seconds)));
  }

  private static String type(Api.Answer answer) {
    return answer.body().contains("urn:vaxline:problem:")
        ? answer.object().getString("type").replace("urn:vaxline:problem:", "")
        : "";
  }

  private static void tally(String answer) {
    answers.computeIfAbsent(answer.trim(), k -> new AtomicInteger()).incrementAndGet();
  }

  private static long max(List<Long> millis) {
    return millis.stream().mapToLong(Long::longValue).max().orElse(0);
  }

  private static String since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos).toMillis() / 100 / 10.0 + " s";
  }

  private static String holdPath() {
    return "/api/campaigns/" + campaign + "/holds";
  }

  private static String bookPath() {
    return "/api/campaigns/" + campaign + "/bookings";
  }

  private static String holdBody(Client client) {
    return Json.createObjectBuilder().add("hold", client.hold).build().toString();
  }

  private static long count(String sql) throws Exception {
    return Long.parseLong(column(sql).get(0));
  }

  /**
   * The first column of every row, read through the test's own connection. It is opened before the
   * storm and kept: in a storm the nodes' pools may take every connection PostgreSQL allows, and a
   * look opened afterwards would be refused ("too many clients"). Reopened after a restart.
   */
  private static synchronized List<String> column(String sql) throws Exception {
    if (look == null || !look.isValid(5)) {
      look = connect();
    }
    try (var result = look.createStatement().executeQuery(sql)) {
      var values = new ArrayList<String>();
      while (result.next()) {
        values.add(result.getString(1));
      }
      return values;
    }
  }

  /** A connection, asked for again while the server is full or starting, for up to a minute. */
  private static Connection connect() throws Exception {
    var deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (true) {
      try {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
      } catch (SQLException refused) {
        if (System.nanoTime() > deadline) {
          throw refused;
        }
        Thread.sleep(500);
      }
    }
  }

  private static PayaraNode node(String name, int httpPort, int dataGridPort) throws Exception {
    return Nodes.forStorm(name, httpPort, DATA_GRID, dataGridPort, database, RESIDENTS);
  }
}
