package org.vaxline.pass.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.vaxline.pass.control.Revocations;

/**
 * Operators revoke a pass by its UVCI (behind the operator sign-in, web.xml); audited. The pass is
 * refused by every node within seconds, and by venue apps at their next refresh of the list.
 */
@Path("operator/passes/revocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PassRevocationsResource {

  @Inject Revocations revocations;
  @Inject SecurityContext security;

  /** 201 when this request revoked the pass, 200 when it was revoked already. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revoke(@NotNull @Valid Revocation revocation) {
    var revoked =
        revocations.revoke(
            revocation.uvci(), revocation.reason(), security.getCallerPrincipal().getName());
    return Response.status(revoked.alreadyRevoked() ? 200 : 201).entity(revoked).build();
  }

  public record Revocation(
      @NotBlank @Size(max = 60) String uvci, @NotBlank @Size(max = 200) String reason) {}
}
