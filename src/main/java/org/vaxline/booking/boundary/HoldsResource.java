package org.vaxline.booking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vaxline.booking.control.Holds;
import org.vaxline.booking.entity.Hold;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.waitingroom.boundary.AdmissionHolder;
import org.vaxline.waitingroom.boundary.AdmissionRequired;
import org.vaxline.waitingroom.boundary.NeverShed;

/**
 * Holding seats for 3 minutes while the person confirms: the chosen slot, and for a two-dose
 * product the second dose's slot (chosen, or found at the same clinic within the interval). Reads
 * and writes its JSON itself ({@link BookingInput}).
 */
@Path("campaigns/{campaign}/holds")
@ApplicationScoped
@AdmissionRequired
@Produces(MediaType.APPLICATION_JSON)
public class HoldsResource {

  private static final JsonBuilderFactory ANSWERS = Json.createBuilderFactory(Map.of());

  @Inject Holds holds;
  @Inject CitizenSessions sessions;
  @Inject AdmissionHolder admission;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response hold(
      @PathParam("campaign") String campaign,
      @CookieParam(CitizenSessions.COOKIE) String token,
      InputStream body) {
    var id = BookingInput.campaign(campaign);
    var request = HoldRequest.read(body);
    var admitted = admission.forCampaign(id);
    var session = sessions.require(token);
    var person = sessions.actingFor(session, request.person());
    var hold =
        holds.place(
            new Holds.Request(
                id,
                person,
                session.holder(),
                request.slot(),
                Optional.ofNullable(request.secondSlot())),
            admitted);
    return Response.status(Response.Status.CREATED).entity(answer(hold)).build();
  }

  @DELETE
  @NeverShed
  @Path("{hold}")
  public Response release(
      @PathParam("campaign") String campaign,
      @PathParam("hold") String hold,
      @CookieParam(CitizenSessions.COOKIE) String token) {
    var id = BookingInput.campaign(campaign);
    var held = BookingInput.hold(hold);
    admission.forCampaign(id);
    var session = sessions.require(token);
    holds
        .find(held)
        .filter(found -> found.bookedBy() == session.holder() && found.campaign() == id)
        .ifPresent(holds::release);
    return Response.noContent().build();
  }

  /**
   * @param person whom the seats are for, when acting for someone else ({@code ref} from the
   *     representation); absent for oneself
   */
  record HoldRequest(long slot, Long secondSlot, String person) {

    private static final Pattern PERSON = Pattern.compile("\\d{1,18}");

    static HoldRequest read(InputStream body) {
      var object =
          BookingInput.object(
              body, "{\"slot\": a slot id, \"secondSlot\": a slot id, \"person\": a person ref}");
      return new HoldRequest(
          BookingInput.required(BookingInput.positive(object, "slot"), "slot"),
          BookingInput.positive(object, "secondSlot"),
          BookingInput.matching(object, "person", PERSON, "is a person ref"));
    }
  }

  /** The hold: {@code hold}, {@code expiresAt} in Korean time, and {@code doses} (dose, slot). */
  static String answer(Hold hold) {
    var doses = ANSWERS.createArrayBuilder();
    for (var dose : hold.doses()) {
      doses.add(ANSWERS.createObjectBuilder().add("dose", dose.dose()).add("slot", dose.slot()));
    }
    return ANSWERS
        .createObjectBuilder()
        .add("hold", hold.id())
        .add("expiresAt", KoreaTime.text(hold.expiresAt()))
        .add("doses", doses)
        .build()
        .toString();
  }
}
