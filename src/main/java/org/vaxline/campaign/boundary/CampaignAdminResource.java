package org.vaxline.campaign.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.vaxline.campaign.control.Campaigns;
import org.vaxline.campaign.entity.CampaignDraft;
import org.vaxline.campaign.entity.CampaignView;

/**
 * Operators' campaign editing (the console comes later). Closing early is a revision of closesAt.
 */
@Path("operator/campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CampaignAdminResource {

  @Inject Campaigns campaigns;
  @Inject SecurityContext security;
  @Context UriInfo uri;

  @GET
  public List<CampaignView> all() {
    return campaigns.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull @Valid CampaignDraft draft) {
    var created = campaigns.create(draft, operator());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CampaignView revise(
      @PathParam("id") @Pattern(regexp = CampaignsResource.ID, message = "is a campaign id")
          String id,
      @NotNull @Valid CampaignDraft draft) {
    return campaigns.revise(Long.parseLong(id), draft, operator());
  }

  private String operator() {
    return security.getCallerPrincipal().getName();
  }
}
