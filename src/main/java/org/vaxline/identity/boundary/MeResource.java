package org.vaxline.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.identity.control.People;
import org.vaxline.identity.entity.Resident.PersonView;

/** The verified person and the people they may act for, masked. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CitizenSessions sessions;
  @Inject People people;

  @GET
  public Me me(@CookieParam(CitizenSessions.COOKIE) String token) {
    var session = sessions.require(token);
    return new Me(
        people.view(session.holder()),
        session.actingFor().stream().sorted().map(people::view).toList(),
        session.expiresAt());
  }

  public record Me(PersonView self, List<PersonView> actingFor, Instant sessionExpiresAt) {}
}
