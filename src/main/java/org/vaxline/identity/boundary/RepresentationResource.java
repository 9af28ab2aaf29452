package org.vaxline.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.identity.control.IdentityProvider;
import org.vaxline.identity.control.People;
import org.vaxline.identity.control.RepresentationRefused;
import org.vaxline.identity.entity.CitizenSession;
import org.vaxline.identity.entity.Resident.PersonView;
import org.vaxline.platform.control.ClientAddresses;
import org.vaxline.platform.control.Tls;
import org.vaxline.waitingroom.boundary.AdmissionRequired;

/**
 * Acting for someone else (대리 예약), as parents' children did in 2021: a verified person names the
 * other resident by number and name, a code goes to that resident's own phone, and only when it is
 * entered may the session act for them. Both steps are in the audit log with requester and subject.
 */
@Path("identity/representations")
@RequestScoped
@AdmissionRequired
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RepresentationResource {

  @Inject IdentityProvider provider;
  @Inject CitizenSessions sessions;
  @Inject People people;
  @Inject ClientAddresses addresses;
  @Context HttpServletRequest request;

  @POST
  public Response begin(
      @CookieParam(CitizenSessions.COOKIE) String token, @NotNull @Valid PersonClaim claim) {
    var session = sessions.require(token);
    if (session.actingFor().size() >= CitizenSession.MAX_REPRESENTED) {
      throw new RepresentationRefused(
          "One session may act for at most "
              + CitizenSession.MAX_REPRESENTED
              + " other people; sign out and start again.");
    }
    var challenge =
        provider.begin(claim.number(), claim.name(), session.holder(), addresses.of(request));
    return Response.status(Response.Status.CREATED).entity(challenge).build();
  }

  @POST
  @Path("{challenge}/confirmation")
  public Response confirm(
      @CookieParam(CitizenSessions.COOKIE) String token,
      @PathParam("challenge")
          @Pattern(regexp = VerificationResource.CHALLENGE, message = "is a challenge id")
          String challenge,
      @NotNull @Valid CodeEntry entry) {
    var session = sessions.require(token);
    var subject = provider.confirm(challenge, entry.code(), session.holder());
    var widened = session.actingAlsoFor(subject);
    return Response.ok(new Represented(people.view(subject), widened.expiresAt()))
        .cookie(sessions.cookie(widened, Tls.reached(request)))
        .build();
  }

  /** The person the session may now act for; {@code person.ref} names them in later requests. */
  public record Represented(PersonView person, Instant sessionExpiresAt) {}
}
