package org.vaxline.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.vaxline.identity.control.InvalidRegistrationNumber;
import org.vaxline.identity.control.People;
import org.vaxline.identity.control.People.GroupChange;
import org.vaxline.identity.entity.ResidentRegistrationNumber;

/**
 * Priority groups (health workers, teachers...) that campaigns may target. Employers' and
 * ministries' lists of members are loaded here by operators.
 */
@Path("operator/priority-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PriorityGroupsResource {

  @Inject People people;
  @Inject SecurityContext security;

  @GET
  public Set<String> groups() {
    return people.priorityGroups();
  }

  @POST
  @Path("{code}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  public GroupChange addMembers(
      @PathParam("code") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "is a group code")
          String code,
      @NotNull @Valid Members members) {
    var numbers =
        members.registrationNumbers().stream().map(PriorityGroupsResource::number).toList();
    return people.addToGroup(code, numbers, security.getCallerPrincipal().getName());
  }

  private static ResidentRegistrationNumber number(String text) {
    try {
      return ResidentRegistrationNumber.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRegistrationNumber();
    }
  }

  public record Members(
      @NotNull @Size(min = 1, max = 10000, message = "lists 1 to 10,000 numbers")
          List<@NotNull @Pattern(regexp = "\\d{6}-?\\d{7}", message = "is 13 digits") String>
              registrationNumbers) {

    @Override
    public String toString() {
      return "Members["
          + (registrationNumbers == null ? 0 : registrationNumbers.size())
          + " numbers]";
    }
  }
}
