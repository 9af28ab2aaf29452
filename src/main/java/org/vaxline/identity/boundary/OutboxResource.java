package org.vaxline.identity.boundary;

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
import org.vaxline.identity.control.OutboxSmsGateway;
import org.vaxline.identity.entity.SmsMessage.OutboxView;

/** The development SMS provider's outbox, for operators (phones masked). */
@Path("operator/sms-outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

  @Inject OutboxSmsGateway outbox;

  @GET
  public List<OutboxView> messages(
      @QueryParam("reference")
          @Pattern(regexp = VerificationResource.CHALLENGE, message = "is a challenge id")
          String reference,
      @QueryParam("before")
          @DefaultValue("9223372036854775807")
          @Min(value = 1, message = "is a message id")
          long before) {
    return outbox.recent(reference, before);
  }
}
