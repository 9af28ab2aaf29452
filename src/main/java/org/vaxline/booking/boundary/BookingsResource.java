package org.vaxline.booking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.vaxline.booking.control.Bookings;
import org.vaxline.booking.control.Holds;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.waitingroom.boundary.AdmissionHolder;
import org.vaxline.waitingroom.boundary.AdmissionRequired;
import org.vaxline.waitingroom.boundary.NeverShed;

/** Confirming a hold: the booking, with its confirmation number; it spends the admission. */
@Path("campaigns/{campaign}/bookings")
@RequestScoped
@AdmissionRequired
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

  @Inject Holds holds;
  @Inject Bookings bookings;
  @Inject BookingViews views;
  @Inject CitizenSessions sessions;
  @Inject AdmissionHolder admission;

  @POST
  @NeverShed
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirm(
      @PathParam("campaign") @Pattern(regexp = "\\d{1,18}", message = "is a campaign id")
          String campaign,
      @CookieParam(CitizenSessions.COOKIE) String token,
      @NotNull @Valid Confirmation confirmation) {
    var id = Long.parseLong(campaign);
    var admitted = admission.forCampaign(id);
    var session = sessions.require(token);
    var hold =
        holds
            .find(confirmation.hold())
            .filter(found -> found.bookedBy() == session.holder() && found.campaign() == id)
            .filter(found -> found.admission().equals(admitted.id()))
            .orElseThrow(Holds::expired);
    var booked = bookings.confirm(hold, admitted);
    return Response.status(Response.Status.CREATED)
        .entity(new Confirmed(booked.get(0).confirmation(), views.of(booked)))
        .build();
  }

  public record Confirmation(
      @NotNull @Pattern(regexp = "[0-9a-f-]{36}", message = "is a hold id") String hold) {}

  public record Confirmed(String confirmation, List<BookingView> doses) {}
}
