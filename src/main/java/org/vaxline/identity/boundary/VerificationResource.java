package org.vaxline.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.vaxline.identity.control.IdentityProvider.Challenge;
import org.vaxline.identity.control.People;
import org.vaxline.identity.entity.Resident.PersonView;
import org.vaxline.platform.control.ClientAddresses;
import org.vaxline.platform.control.Tls;
import org.vaxline.waitingroom.boundary.AdmissionRequired;

/**
 * Identity verification (본인인증): a person enters their registration number and name, receives a code
 * on the phone the register holds, and enters it; the answer carries a session cookie.
 */
@Path("identity/verifications")
@RequestScoped
@AdmissionRequired
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerificationResource {

  static final String CHALLENGE = "[0-9a-f]{32}";

  @Inject IdentityProvider provider;
  @Inject CitizenSessions sessions;
  @Inject People people;
  @Inject ClientAddresses addresses;
  @Context HttpServletRequest request;

  @POST
  public Response begin(@NotNull @Valid PersonClaim claim) {
    Challenge challenge = provider.begin(claim.number(), claim.name(), null, addresses.of(request));
    return Response.status(Response.Status.CREATED).entity(challenge).build();
  }

  @POST
  @Path("{challenge}/confirmation")
  public Response confirm(
      @PathParam("challenge") @Pattern(regexp = CHALLENGE, message = "is a challenge id")
          String challenge,
      @NotNull @Valid CodeEntry entry) {
    var resident = provider.confirm(challenge, entry.code(), null);
    var session = sessions.open(resident);
    return Response.ok(new Verified(people.view(resident), session.expiresAt()))
        .cookie(sessions.cookie(session, Tls.reached(request)))
        .build();
  }

  /** The person verified, and when their session ends. */
  public record Verified(PersonView person, Instant sessionExpiresAt) {}
}
