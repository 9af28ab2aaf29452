package org.vaxline.booking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.vaxline.booking.control.Holds;
import org.vaxline.booking.entity.Hold;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.waitingroom.boundary.AdmissionHolder;
import org.vaxline.waitingroom.boundary.AdmissionRequired;
import org.vaxline.waitingroom.boundary.NeverShed;

/**
 * Holding seats for 3 minutes while the person confirms: the chosen slot, and for a two-dose
 * product the second dose's slot (chosen, or found at the same clinic within the interval).
 */
@Path("campaigns/{campaign}/holds")
@RequestScoped
@AdmissionRequired
@Produces(MediaType.APPLICATION_JSON)
public class HoldsResource {

  static final String CAMPAIGN = "\\d{1,18}";

  @Inject Holds holds;
  @Inject CitizenSessions sessions;
  @Inject AdmissionHolder admission;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response hold(
      @PathParam("campaign") @Pattern(regexp = CAMPAIGN, message = "is a campaign id")
          String campaign,
      @CookieParam(CitizenSessions.COOKIE) String token,
      @NotNull @Valid HoldRequest request) {
    var id = Long.parseLong(campaign);
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
    return Response.status(Response.Status.CREATED).entity(HoldView.of(hold)).build();
  }

  @DELETE
  @NeverShed
  @Path("{hold}")
  public Response release(
      @PathParam("campaign") @Pattern(regexp = CAMPAIGN, message = "is a campaign id")
          String campaign,
      @PathParam("hold") @Pattern(regexp = "[0-9a-f-]{36}", message = "is a hold id") String hold,
      @CookieParam(CitizenSessions.COOKIE) String token) {
    var id = Long.parseLong(campaign);
    admission.forCampaign(id);
    var session = sessions.require(token);
    holds
        .find(hold)
        .filter(found -> found.bookedBy() == session.holder() && found.campaign() == id)
        .ifPresent(holds::release);
    return Response.noContent().build();
  }

  /**
   * @param person whom the seats are for, when acting for someone else ({@code ref} from the
   *     representation); absent for oneself
   */
  public record HoldRequest(
      @NotNull @Positive Long slot,
      @Positive Long secondSlot,
      @Pattern(regexp = "\\d{1,18}", message = "is a person ref") String person) {}

  public record HoldView(String hold, OffsetDateTime expiresAt, List<HeldDoseView> doses) {
    static HoldView of(Hold hold) {
      return new HoldView(
          hold.id(),
          hold.expiresAt().atZone(KoreaTime.ZONE).toOffsetDateTime(),
          hold.doses().stream().map(dose -> new HeldDoseView(dose.dose(), dose.slot())).toList());
    }
  }

  public record HeldDoseView(int dose, long slot) {}
}
