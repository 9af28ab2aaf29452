package org.vaxline.it.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.vaxline.demo.control.DemoLoader;
import org.vaxline.demo.entity.DemoAccount;
import org.vaxline.demo.entity.ResidentRow;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.it.Api;
import org.vaxline.it.Citizen;
import org.vaxline.it.NodePassKeys;
import org.vaxline.it.Queue;
import org.vaxline.it.RawHttp;
import org.vaxline.it.TestDatabases;
import org.vaxline.launcher.PayaraNode;
import org.vaxline.platform.control.KoreaTime;

/**
 * The fuzz test over the OpenAPI document (issue 15): one demo node with the real WAR; every
 * operation the document it serves names, as every principal, with requests jqwik generates from
 * the document's schemas (valid, boundary, hostile; {@link Requests}). Each try of a property is
 * one batch: one request for every operation. Every answer is checked ({@link AnswerChecks}); a
 * batch with any answer that falls short fails with each such request as sent, its bytes kept under
 * {@code target/openapi-fuzz/} to replay. The subclasses choose the number of tries.
 */
abstract class OpenApiFuzz {

  private static final int HTTP_PORT = 18097;
  private static final int DATA_GRID_PORT = 6960;
  private static final int RESIDENTS = 1000;
  private static final Path FAILURES = Path.of("target", "openapi-fuzz");
  private static final AtomicInteger reported = new AtomicInteger();

  private static PayaraNode node;
  private static List<Operation> operations;
  private static Requests requests;
  private static Known known;
  private static Tally tally;
  private static Principal anonymous;
  private static Principal operator;
  private static Principal clinicAdministrator;
  private static Principal citizen;

  @BeforeContainer
  static void startOneDemoNode() throws Exception {
    var passKeys = NodePassKeys.write("fuzz");
    var environment = new HashMap<String, String>(passKeys.environment());
    environment.putAll(
        Map.of(
            "VAXLINE_DEMO", "true",
            "VAXLINE_DEMO_RESIDENTS", String.valueOf(RESIDENTS),
            // Per-address limits count the fuzz's own addresses, not those the set-up verifies
            // from.
            "VAXLINE_HTTP_CLIENT_ADDRESS_HEADER", "X-Forwarded-For"));
    node =
        PayaraNode.start(
            new PayaraNode.Options(
                "fuzz",
                HTTP_PORT,
                List.of(DATA_GRID_PORT),
                DATA_GRID_PORT,
                TestDatabases.fresh("fuzz"),
                environment));
    node.awaitReady(Duration.ofMinutes(4));
    var api = new Api(node.base());
    var served = api.send("GET", "/openapi?format=JSON", null, null, "application/json");
    assertEquals(200, served.status(), served::body);
    var document = new ApiDocument(served.body());
    operations = document.operations();
    known = new Known();
    tally = new Tally();
    // operator2 keeps the fuzz's world in order; the fuzz signs in as operator and clinic1.
    var housekeeper =
        api.as("operator2", DemoAccount.OPERATOR_PASSWORD)
            .with("X-Forwarded-For", "198.51.100.254");
    var campaign = Queue.campaignNamed(housekeeper, "aged 18 and over");
    var adults = adults().iterator();
    gather(api, housekeeper, campaign, adults.next());
    requests = new Requests(new SchemaValues(document, known));
    anonymous = Principal.anonymous("192.0.2.10");
    operator = new StaffMember("operator", "operator", DemoAccount.OPERATOR_PASSWORD, "192.0.2.11");
    clinicAdministrator =
        new StaffMember(
            "clinic administrator", "clinic1", DemoAccount.CLINIC_PASSWORD, "192.0.2.12");
    var verified =
        new VerifiedCitizen(
            node.base(), campaign, adults, housekeeper, known.values("product"), "192.0.2.13");
    verified.prepare();
    // What the citizen's own session names: their ref, and the campaign's free slots.
    harvest(verified.browser().get("/api/me"), "/api/me");
    harvest(
        verified.browser().get("/api/campaigns/" + campaign + "/availability"),
        "/api/campaigns/{campaign}/availability");
    citizen = verified;
  }

  @AfterContainer
  static void summarizeAndStop() throws Exception {
    if (tally != null) {
      var summary = tally.summary(operations.size());
      System.out.println(summary);
      Files.createDirectories(FAILURES);
      Files.writeString(FAILURES.resolve("summary.txt"), summary);
    }
    if (node != null) {
      node.close();
    }
  }

  @Property(shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void anonymously(@ForAll("everyOperation") List<FuzzRequest> batch) throws Exception {
    fuzz(anonymous, batch);
  }

  @Property(shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void asAnOperator(@ForAll("everyOperation") List<FuzzRequest> batch) throws Exception {
    fuzz(operator, batch);
  }

  @Property(shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void asAClinicAdministrator(@ForAll("everyOperation") List<FuzzRequest> batch) throws Exception {
    fuzz(clinicAdministrator, batch);
  }

  @Property(shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void asAnAdmittedVerifiedCitizen(@ForAll("everyOperation") List<FuzzRequest> batch)
      throws Exception {
    fuzz(citizen, batch);
  }

  /** One request for every operation of the document, in its order. */
  @Provide
  Arbitrary<List<FuzzRequest>> everyOperation() {
    return Combinators.combine(operations.stream().map(requests::of).toList()).as(List::copyOf);
  }

  private static void fuzz(Principal principal, List<FuzzRequest> batch) throws Exception {
    principal.prepare();
    tally.batch(principal);
    var shortfalls = new ArrayList<String>();
    for (var request : batch) {
      var sent = request.signedWith(principal.credentials());
      RawHttp.Answer answer;
      try {
        answer = RawHttp.exchange(node.base(), sent.bytes(node.base()));
      } catch (RuntimeException noAnswer) {
        shortfalls.add(report(principal, sent, null, List.of("no answer: " + noAnswer)));
        continue;
      }
      tally.count(
          principal, sent, answer.status(), AnswerChecks.outsideTheApplication(sent, answer));
      var found = AnswerChecks.violations(sent, answer);
      if (!found.isEmpty()) {
        shortfalls.add(report(principal, sent, answer, found));
      }
      known.harvest(
          sent.operation().path(),
          answer.status(),
          answer.header("Content-Type"),
          answer.header("ETag"),
          answer.body());
      principal.observe(sent, answer);
    }
    if (!shortfalls.isEmpty()) {
      throw new AssertionError(
          shortfalls.size()
              + " answers to "
              + principal.name()
              + " fall short:\n\n"
              + String.join("\n\n", shortfalls));
    }
  }

  /** The request exactly as sent (its bytes in a file, to replay) and what was wrong with it. */
  private static String report(
      Principal principal, FuzzRequest sent, RawHttp.Answer answer, List<String> found)
      throws IOException {
    Files.createDirectories(FAILURES);
    var file =
        FAILURES.resolve(
            "%03d-%s.http".formatted(reported.incrementAndGet(), sent.operation().id()));
    Files.write(file, sent.bytes(node.base()));
    var text = new StringBuilder();
    text.append(sent.operation())
        .append(" as ")
        .append(principal.name())
        .append(" (")
        .append(sent.flavour())
        .append("): ")
        .append(String.join("; ", found))
        .append("\n--- sent (replay: nc 127.0.0.1 ")
        .append(HTTP_PORT)
        .append(" < ")
        .append(file)
        .append(")\n")
        .append(sent);
    if (answer != null) {
      var body = answer.body();
      text.append("\n--- answered ")
          .append(answer.status())
          .append(' ')
          .append(
              answer.headers().stream()
                  .map(header -> header[0] + ": " + header[1])
                  .collect(Collectors.joining(" | ")))
          .append('\n')
          .append(body.length() > 1_000 ? body.substring(0, 1_000) + "..." : body);
    }
    return text.toString();
  }

  /**
   * Real ids of the demo, through the API: campaigns, clinics, districts, provinces, products,
   * priority groups, slots; residents as the demo loads them; and a pass (two doses recorded for
   * one resident) whose QR text, UVCI and check-in code the pass operations can be given.
   */
  private static void gather(Api api, Api operator, long campaign, ResidentRow passHolder)
      throws Exception {
    for (var value : operator.get("/api/operator/campaigns").array()) {
      var draft = value.asJsonObject();
      var id = draft.get("id").toString();
      known.add("campaign", id);
      if (draft.getString("nameEn").contains("(2021)")) {
        known.add("revisable-campaign", id);
      }
    }
    for (var value : api.get("/api/clinics").array()) {
      known.add("clinic", value.asJsonObject().getString("code"));
      known.add("district", value.asJsonObject().getString("district"));
    }
    for (var own : DemoAccount.ALL) {
      if (own.clinicCode() != null) {
        known.add("clinic", own.clinicCode());
      }
    }
    api.get("/api/provinces")
        .array()
        .forEach(p -> known.add("province", p.asJsonObject().getString("code")));
    api.get("/api/vaccines")
        .array()
        .forEach(v -> known.add("product", v.asJsonObject().getString("code")));
    operator
        .get("/api/operator/priority-groups")
        .array()
        .forEach(g -> known.add("group", ((jakarta.json.JsonString) g).getString()));
    harvest(operator.get("/api/clinic/C110001/slots"), "/api/clinic/{code}/slots");
    for (var resident : ShowcaseResident.ALL) {
      known.add("registration-number", resident.rrn());
      known.add(
          "registration-number",
          resident.rrn().substring(0, 6) + "-" + resident.rrn().substring(6));
      known.add("resident-name", resident.name());
      known.add("birth-date", resident.birthDate().toString());
    }
    // Far from those the citizen verifies as: a code the fuzz sent someone keeps them from being
    // sent another for a minute.
    adults()
        .skip(600)
        .limit(10)
        .forEach(
            adult -> {
              known.add("registration-number", adult.number().digits());
              known.add("resident-name", adult.name());
            });
    var today = LocalDate.now(KoreaTime.ZONE);
    var now = ZonedDateTime.now(KoreaTime.ZONE).withNano(0);
    var instant = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    for (var days = 0; days <= 20; days++) {
      known.add("date", today.plusDays(days).toString());
      known.add("instant", now.plusDays(days).plusHours(days).format(instant));
      known.add("past-instant", now.minusDays(days).minusHours(1).format(instant));
    }
    for (var version = 1; version <= 3; version++) {
      known.add("version", String.valueOf(version));
    }
    known.add("party", "staff:operator");
    known.add("party", "staff:clinic1");
    passFor(api, operator, campaign, passHolder, today);
  }

  private static void passFor(
      Api api, Api operator, long campaign, ResidentRow holder, LocalDate today) throws Exception {
    var browser =
        Citizen.readyToBook(api.with("X-Forwarded-For", "198.51.100.253"), campaign, holder);
    var ref = browser.get("/api/me").object().getJsonObject("self").getString("ref");
    known.add("ref", ref);
    known.add("party", "resident:" + ref);
    for (var dose = 1; dose <= 2; dose++) {
      var given =
          OffsetDateTime.now(KoreaTime.ZONE).minusDays(90 - 30L * dose).withNano(0).toString();
      var recorded =
          operator.post(
              "/api/clinic/C110001/doses",
              Json.createObjectBuilder()
                  .add("person", Json.createObjectBuilder().add("ref", ref))
                  .add("product", "PFIZER")
                  .add("lot", "FF2587")
                  .add("dose", dose)
                  .add("givenAt", given)
                  .build()
                  .toString());
      assertEquals(201, recorded.status(), recorded::body);
    }
    harvest(browser.get("/api/me/pass"), "/api/me/pass");
    harvest(browser.get("/api/me/pass/check-in-code"), "/api/me/pass/check-in-code");
    if (known.size("uvci") == 0) {
      throw new IllegalStateException("the pass holder got no pass to fuzz with");
    }
  }

  private static void harvest(Api.Answer answer, String path) {
    known.harvest(
        path, answer.status(), answer.contentType(), answer.header("ETag"), answer.body());
  }

  /** The demo's adults in the order it loads them (DemoData's seed), to verify as one by one. */
  private static java.util.stream.Stream<ResidentRow> adults() {
    return DemoLoader.residents(20210712L, RESIDENTS)
        .filter(row -> row.birthDate().isBefore(LocalDate.of(2000, 1, 1)));
  }
}
