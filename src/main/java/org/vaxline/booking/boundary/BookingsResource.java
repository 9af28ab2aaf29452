package org.vaxline.booking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.vaxline.booking.control.Bookings;
import org.vaxline.booking.control.Holds;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.waitingroom.boundary.AdmissionHolder;
import org.vaxline.waitingroom.boundary.AdmissionRequired;
import org.vaxline.waitingroom.boundary.AnswersRetries;
import org.vaxline.waitingroom.boundary.NeverShed;

/**
 * Confirming a hold: the booking, with its confirmation number; it spends the admission. Reads and
 * writes its JSON itself ({@link BookingInput}). Confirming the same hold again (the client lost
 * the answer) answers the same booking, 200 instead of 201, on any node: before the admission is
 * asked whether it was spent, since that first confirmation spent it ({@link AnswersRetries}).
 */
@Path("campaigns/{campaign}/bookings")
@ApplicationScoped
@AdmissionRequired
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

  private static final JsonBuilderFactory ANSWERS = Json.createBuilderFactory(Map.of());

  @Inject Holds holds;
  @Inject Bookings bookings;
  @Inject BookingViews views;
  @Inject CitizenSessions sessions;
  @Inject AdmissionHolder admission;

  @POST
  @NeverShed
  @AnswersRetries
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirm(
      @PathParam("campaign") String campaign,
      @CookieParam(CitizenSessions.COOKIE) String token,
      InputStream body) {
    var id = BookingInput.campaign(campaign);
    var held =
        BookingInput.required(
            BookingInput.matching(
                BookingInput.object(body, "{\"hold\": a hold id}"),
                "hold",
                BookingInput.HOLD,
                "is a hold id"),
            "hold");
    // Intact, current, this browser's and for this campaign; whether spent, the confirmation asks.
    var admitted = admission.forCampaign(id);
    var session = sessions.require(token);
    var found =
        holds
            .find(held)
            .filter(hold -> hold.bookedBy() == session.holder() && hold.campaign() == id);
    if (found.isEmpty()) {
      // Gone: confirmed before (and forgotten), expired, or someone else's.
      return answer(bookings.again(held, session.holder()).orElseThrow(Holds::expired));
    }
    var hold =
        found.filter(mine -> mine.admission().equals(admitted.id())).orElseThrow(Holds::expired);
    return answer(bookings.confirm(hold, admitted));
  }

  private Response answer(Bookings.Confirmed confirmed) {
    var booked = confirmed.bookings();
    var doses = ANSWERS.createArrayBuilder();
    views.of(booked).forEach(view -> doses.add(view.json(ANSWERS)));
    var answer =
        ANSWERS
            .createObjectBuilder()
            .add("confirmation", booked.get(0).confirmation())
            .add("doses", doses)
            .build();
    var status = confirmed.earlier() ? Response.Status.OK : Response.Status.CREATED;
    return Response.status(status).entity(answer.toString()).build();
  }
}
