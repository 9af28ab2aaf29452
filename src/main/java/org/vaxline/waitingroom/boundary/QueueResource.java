package org.vaxline.waitingroom.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vaxline.platform.boundary.JsonBodies;
import org.vaxline.platform.control.ClientAddresses;
import org.vaxline.platform.control.InvalidRequest;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.platform.control.Tls;
import org.vaxline.waitingroom.control.Admissions;
import org.vaxline.waitingroom.control.JoinLimits;
import org.vaxline.waitingroom.control.JoinPuzzles;
import org.vaxline.waitingroom.control.ProofOfWork.Puzzle;
import org.vaxline.waitingroom.control.Standing;
import org.vaxline.waitingroom.control.WaitingRoom;
import org.vaxline.waitingroom.entity.Ticket;

/**
 * The waiting room of one campaign (ARCHITECTURE.md principles 1–2): join with a solved puzzle,
 * then poll where you stand. Everything is answered from memory; the ticket is the only state, and
 * the person holds it.
 */
@Path("queue/{campaign}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

  public static final String TICKET_COOKIE = "vaxline_ticket";
  public static final String BROWSER_COOKIE = "vaxline_browser";
  public static final String ADMISSION_HEADER = "Vaxline-Admission";
  public static final String TICKET_HEADER = "Vaxline-Ticket";
  private static final Pattern CAMPAIGN = Pattern.compile("\\d{1,18}");
  private static final JsonBuilderFactory ANSWERS = Json.createBuilderFactory(Map.of());

  @Inject WaitingRoom room;
  @Inject JoinPuzzles puzzles;
  @Inject JoinLimits limits;
  @Inject ClientAddresses addresses;
  @Inject Admissions admissions;
  @Inject MetricRegistry metrics;

  /** The same for everyone, so a reverse proxy may answer it for a second. */
  @GET
  public Response overview(@PathParam("campaign") String campaign) {
    var cache = new CacheControl();
    cache.setMaxAge(1);
    return Response.ok(room.overview(id(campaign))).cacheControl(cache).build();
  }

  @GET
  @Path("puzzle")
  public Puzzle puzzle(@PathParam("campaign") String campaign) {
    return puzzles.issue(room.overview(id(campaign)).campaign());
  }

  /**
   * A ticket for a solved puzzle; the ticket this browser already holds, if it holds one, so that
   * refreshing or joining twice never puts anyone further back.
   */
  @POST
  @Path("tickets")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response join(
      @PathParam("campaign") String campaign,
      @CookieParam(TICKET_COOKIE) String cookie,
      @HeaderParam(TICKET_HEADER) String header,
      @CookieParam(BROWSER_COOKIE) String browser,
      // A parameter, not a field: a field is a proxy that looks the request up on every call.
      @Context HttpServletRequest request,
      InputStream body) {
    var id = id(campaign);
    var held = room.ticket(header != null ? header : cookie, id);
    if (held.isPresent()) {
      return answer(Response.ok(), held.get(), header != null ? header : cookie, browser, request);
    }
    var solution = Solution.read(body);
    limits.count(addresses.of(request));
    puzzles.require(id, solution.challenge(), solution.nonce());
    var ticket = room.join(id);
    metrics.counter("vaxline_queue_tickets", new Tag("campaign", String.valueOf(id))).inc();
    return answer(
        Response.status(Response.Status.CREATED), ticket, room.token(ticket), browser, request);
  }

  @GET
  @Path("status")
  public Response status(
      @PathParam("campaign") String campaign,
      @CookieParam(TICKET_COOKIE) String cookie,
      @HeaderParam(TICKET_HEADER) String header) {
    var ticket = room.requireTicket(header != null ? header : cookie, id(campaign));
    var standing = room.standing(ticket);
    var cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoStore(true);
    return Response.ok(StandingView.of(standing))
        .header("Retry-After", standing.retryAfter().toSeconds())
        .cacheControl(cache)
        .build();
  }

  /**
   * When the ticket's turn has come: an admission for the booking side, valid ten minutes, bound to
   * this ticket and this browser, one live admission per ticket.
   */
  @POST
  @Path("admission")
  public Response admission(
      @PathParam("campaign") String campaign,
      @CookieParam(TICKET_COOKIE) String cookie,
      @HeaderParam(TICKET_HEADER) String header,
      @CookieParam(BROWSER_COOKIE) String browser) {
    var ticket = room.requireTicket(header != null ? header : cookie, id(campaign));
    var token = admissions.admit(ticket, browser);
    return Response.status(Response.Status.CREATED).entity(new Admitted(token)).build();
  }

  /**
   * Sets the ticket cookie and, for a browser that has none, the browser cookie admissions are
   * bound to: a random value the page's scripts cannot read, so a token copied elsewhere is
   * useless.
   */
  private Response answer(
      Response.ResponseBuilder builder,
      Ticket ticket,
      String token,
      String browser,
      HttpServletRequest request) {
    var overTls = Tls.reached(request);
    if (browser == null) {
      builder.cookie(
          new NewCookie.Builder(BROWSER_COOKIE)
              .value(UUID.randomUUID().toString())
              .path("/api")
              .httpOnly(true)
              .secure(overTls)
              .sameSite(NewCookie.SameSite.STRICT)
              .build());
    }
    var cookie =
        new NewCookie.Builder(TICKET_COOKIE)
            .value(token)
            .path("/api/queue/" + ticket.campaign())
            .httpOnly(true)
            .secure(overTls)
            .sameSite(NewCookie.SameSite.STRICT)
            .build();
    return builder.entity(issued(token, ticket)).cookie(cookie).build();
  }

  private static long id(String campaign) {
    if (!CAMPAIGN.matcher(campaign).matches()) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    return Long.parseLong(campaign);
  }

  /** An admission: send it in the {@value #ADMISSION_HEADER} header on the booking side. */
  public record Admitted(String admission) {}

  /**
   * A solved join puzzle, read and checked here rather than by JSON-B and Bean Validation: on the
   * busiest request of an opening, their lookups and interceptors cost more than the join itself.
   */
  record Solution(String challenge, String nonce) {

    static final int LONGEST_BODY = 1024;
    private static final int LONGEST_CHALLENGE = 200;
    private static final Pattern NONCE = Pattern.compile("[0-9a-zA-Z]{1,32}");

    /** The solution in the body; malformed JSON is the platform's malformed-json problem. */
    static Solution read(InputStream body) {
      var value =
          JsonBodies.read(
              body,
              LONGEST_BODY,
              () -> new InvalidRequest("A solution is at most " + LONGEST_BODY + " bytes."));
      if (value instanceof JsonObject object
          && object.get("challenge") instanceof JsonString challenge
          && object.get("nonce") instanceof JsonString nonce
          && challenge.getString().length() <= LONGEST_CHALLENGE
          && NONCE.matcher(nonce.getString()).matches()) {
        return new Solution(challenge.getString(), nonce.getString());
      }
      throw new InvalidRequest(
          "The body is {\"challenge\": the puzzle's challenge, \"nonce\": 1 to 32 letters or"
              + " digits}.");
    }
  }

  /**
   * A ticket as the client keeps it: {@code ticket} is opaque; send it back as the cookie (set
   * here) or in the {@value #TICKET_HEADER} header. Written with JSON-P, not JSON-B, for the same
   * reason {@link Solution} is read so.
   */
  private static String issued(String token, Ticket ticket) {
    return ANSWERS
        .createObjectBuilder()
        .add("ticket", token)
        .add("campaign", ticket.campaign())
        .add("preQueue", ticket.preQueue())
        .add("issuedAt", KoreaTime.text(ticket.issuedAt()))
        .build()
        .toString();
  }

  /** Where a ticket stands; the wait is a range in seconds, absent while it is unknown. */
  public record StandingView(
      Standing.State state,
      Long position,
      Long ahead,
      long nowServing,
      Long waitLowSeconds,
      Long waitHighSeconds,
      boolean waitKnown,
      long retryAfter) {

    static StandingView of(Standing standing) {
      var estimate = standing.estimate();
      return new StandingView(
          standing.state(),
          standing.position(),
          standing.ahead(),
          standing.nowServing(),
          estimate.map(e -> e.low().toSeconds()).orElse(null),
          estimate.map(e -> e.high().toSeconds()).orElse(null),
          estimate.isPresent(),
          standing.retryAfter().toSeconds());
    }
  }
}
