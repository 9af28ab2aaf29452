package org.vaxline.sms.boundary;

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
import org.vaxline.sms.control.OutboxLog;
import org.vaxline.sms.entity.SmsMessage.OutboxView;

/** The SMS outbox, for operators: phones and codes masked, and where each message is. */
@Path("operator/sms-outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

  /** A challenge id, the reference of a code's text. */
  static final String REFERENCE = "[0-9a-f]{32}";

  @Inject OutboxLog outbox;

  @GET
  public List<OutboxView> messages(
      @QueryParam("reference") @Pattern(regexp = REFERENCE, message = "is a challenge id")
          String reference,
      @QueryParam("before")
          @DefaultValue("9223372036854775807")
          @Min(value = 1, message = "is a message id")
          long before) {
    return outbox.recent(reference, before);
  }
}
