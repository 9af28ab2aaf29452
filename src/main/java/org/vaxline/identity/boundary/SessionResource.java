package org.vaxline.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.platform.control.Tls;

/** Signing out: the browser forgets the session (on a shared PC this matters). */
@Path("identity/session")
@RequestScoped
public class SessionResource {

  @Inject CitizenSessions sessions;
  @Context HttpServletRequest request;

  @DELETE
  public Response signOut() {
    return Response.noContent().cookie(sessions.cleared(Tls.reached(request))).build();
  }
}
