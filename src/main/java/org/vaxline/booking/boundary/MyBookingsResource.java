package org.vaxline.booking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vaxline.booking.control.Changes;
import org.vaxline.booking.control.PersonBookings;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.waitingroom.boundary.AdmissionHolder;
import org.vaxline.waitingroom.boundary.AdmissionRequired;

/**
 * A verified person's bookings, and those of the people they act for ({@code ?person=}): the list,
 * one confirmation (also printable), changing a dose, which takes a seat and so is booking-side (an
 * admission for the booking's campaign), and cancelling, which only gives seats back and so needs
 * the session alone (issue 16: a person must be able to give a seat back without queueing).
 */
@Path("me/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyBookingsResource {

  static final String CONFIRMATION = "[34679ABCDEFGHJKMNPQRTUVWXY]{10}";
  static final String PERSON = "\\d{1,18}";

  @Inject PersonBookings bookings;
  @Inject Changes changes;
  @Inject BookingViews views;
  @Inject CitizenSessions sessions;
  @Inject AdmissionHolder admission;

  @GET
  public List<BookingView> mine(
      @CookieParam(CitizenSessions.COOKIE) String token,
      @QueryParam("person") @Pattern(regexp = PERSON, message = "is a person ref") String person) {
    return views.of(bookings.all(subject(token, person)));
  }

  @GET
  @Path("{confirmation}")
  public List<BookingView> one(
      @PathParam("confirmation") @Pattern(regexp = CONFIRMATION, message = "is a confirmation")
          String confirmation,
      @CookieParam(CitizenSessions.COOKIE) String token,
      @QueryParam("person") @Pattern(regexp = PERSON, message = "is a person ref") String person) {
    return views.of(bookings.confirmation(confirmation, subject(token, person)));
  }

  @GET
  @Path("{confirmation}/print")
  @Produces(MediaType.TEXT_HTML)
  public String printable(
      @PathParam("confirmation") @Pattern(regexp = CONFIRMATION, message = "is a confirmation")
          String confirmation,
      @CookieParam(CitizenSessions.COOKIE) String token,
      @QueryParam("person") @Pattern(regexp = PERSON, message = "is a person ref") String person) {
    return PrintedConfirmation.html(
        views.of(bookings.confirmation(confirmation, subject(token, person))));
  }

  @PUT
  @Path("{confirmation}/doses/{dose}")
  @AdmissionRequired
  @Consumes(MediaType.APPLICATION_JSON)
  public BookingView change(
      @PathParam("confirmation") @Pattern(regexp = CONFIRMATION, message = "is a confirmation")
          String confirmation,
      @PathParam("dose") @Min(value = 1, message = "is a dose number") @Max(4) int dose,
      @CookieParam(CitizenSessions.COOKIE) String token,
      @QueryParam("person") @Pattern(regexp = PERSON, message = "is a person ref") String person,
      @NotNull @Valid Move move) {
    var subject = subject(token, person);
    var booking = bookings.confirmation(confirmation, subject).get(0);
    admission.forCampaign(booking.campaign());
    return views.of(List.of(changes.change(confirmation, dose, move.slot(), subject))).get(0);
  }

  @DELETE
  @Path("{confirmation}")
  public List<BookingView> cancel(
      @PathParam("confirmation") @Pattern(regexp = CONFIRMATION, message = "is a confirmation")
          String confirmation,
      @CookieParam(CitizenSessions.COOKIE) String token,
      @QueryParam("person") @Pattern(regexp = PERSON, message = "is a person ref") String person) {
    return views.of(changes.cancel(confirmation, subject(token, person)));
  }

  private long subject(String token, String person) {
    return sessions.actingFor(sessions.require(token), person);
  }

  public record Move(@NotNull @Positive Long slot) {}
}
