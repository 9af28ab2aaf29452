package org.vaxline.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.platform.entity.AuditEntry.AuditView;

/** The audit log for operators: who acted for whom, who changed which campaign. */
@Path("operator/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog log;

  @GET
  public List<AuditView> entries(
      @QueryParam("after") @DefaultValue("0") @Min(value = 0, message = "is an entry id")
          long after,
      @QueryParam("party")
          @Pattern(regexp = "[a-z]+:[A-Za-z0-9._-]{1,60}", message = "is like resident:42")
          String party) {
    return log.after(after, party);
  }
}
