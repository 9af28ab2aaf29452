package org.vaxline.allocation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vaxline.allocation.control.Consistency;
import org.vaxline.allocation.control.Consistency.Mismatch;
import org.vaxline.allocation.control.SlotCounters;
import org.vaxline.allocation.control.Supply;
import org.vaxline.platform.control.AuditLog;

/**
 * Operators' view of allocation: whether the shared counters agree with the database (and setting
 * them to it), forgetting the counters (they are rebuilt from the database), and stopping or
 * resuming a product nationally when its supply runs out.
 */
@Path("operator/allocation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllocationAdminResource {

  @Inject Consistency consistency;
  @Inject SlotCounters counters;
  @Inject Supply supply;
  @Inject SecurityContext security;
  @Inject AuditLog audit;

  @GET
  @Path("consistency")
  public Report consistency() {
    return report(consistency.check(false));
  }

  /** Sets every differing counter to the database's figures; the answer is what differed. */
  @POST
  @Path("consistency/repair")
  public Report repair() {
    var found = consistency.check(true);
    audit.recordAfter(operator(), "allocation.repaired", "slots", found.size() + " counters");
    return report(found);
  }

  /** Drops every shared counter; each is rebuilt from the database on its next use. */
  @DELETE
  @Path("counters")
  public void forgetCounters() {
    counters.clear();
    audit.recordAfter(operator(), "allocation.counters-dropped", "slots", null);
  }

  private static Report report(List<Mismatch> found) {
    return new Report(found.size(), found.stream().limit(100).toList());
  }

  private String operator() {
    return security.getCallerPrincipal().getName();
  }

  @PUT
  @Path("supply/{product}")
  @Consumes(MediaType.APPLICATION_JSON)
  public void supply(
      @PathParam("product") @Pattern(regexp = "[A-Z]{1,20}", message = "is a product code")
          String product,
      @NotNull @Valid SupplyState state) {
    supply.set(product, state.suspended(), state.reason(), operator());
  }

  public record Report(int mismatches, List<Mismatch> first) {}

  public record SupplyState(@NotNull Boolean suspended, @Size(max = 200) String reason) {}
}
