package org.vaxline.waitingroom.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.vaxline.waitingroom.control.Overview;
import org.vaxline.waitingroom.control.QueueControls;
import org.vaxline.waitingroom.control.WaitingRoom;
import org.vaxline.waitingroom.entity.QueueSettings;

/** Operators steer a campaign's waiting room: pause, resume, drain, and cap admissions. */
@Path("operator/queues/{campaign}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueueAdminResource {

  @Inject QueueControls controls;
  @Inject WaitingRoom room;
  @Inject SecurityContext security;

  @GET
  public Steering steering(
      @PathParam("campaign") @Pattern(regexp = "\\d{1,18}", message = "is a campaign id")
          String campaign) {
    var id = Long.parseLong(campaign);
    return new Steering(controls.of(id), room.overview(id));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Steering steer(
      @PathParam("campaign") @Pattern(regexp = "\\d{1,18}", message = "is a campaign id")
          String campaign,
      @NotNull @Valid Change change) {
    var id = Long.parseLong(campaign);
    var overview = room.overview(id); // refuses an unknown campaign before anything is stored
    var settings =
        controls.set(
            id,
            new QueueSettings(change.paused(), change.draining(), change.capPerSecond()),
            security.getCallerPrincipal().getName());
    return new Steering(settings, overview);
  }

  /** The settings to apply, all three each time (a PUT replaces). */
  public record Change(
      boolean paused,
      boolean draining,
      @Min(0) @Max(QueueSettings.HIGHEST_CAP) long capPerSecond) {}

  public record Steering(QueueSettings settings, Overview queue) {}
}
