package org.vaxline.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vaxline.identity.control.People;
import org.vaxline.identity.entity.Resident.PersonView;

/**
 * Residents found by what a caller on the support desk can tell: the masked name (김*호) and the last
 * four digits of their phone. Operators only (web.xml); every search is audited.
 */
@Path("operator/residents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResidentsResource {

  @Inject People people;
  @Inject SecurityContext security;

  @GET
  public List<PersonView> search(
      @QueryParam("name")
          @NotNull(message = "is a masked name, like 김*호")
          @Pattern(
              regexp = "[\\p{L}\\p{M}]{1,10}\\*{1,20}[\\p{L}\\p{M}]{0,10}",
              message = "is a masked name, like 김*호")
          String name,
      @QueryParam("phoneLastFour")
          @NotNull(message = "is four digits")
          @Pattern(regexp = "[0-9]{4}", message = "is four digits")
          String phoneLastFour) {
    return people.search(name, phoneLastFour, security.getCallerPrincipal().getName());
  }
}
