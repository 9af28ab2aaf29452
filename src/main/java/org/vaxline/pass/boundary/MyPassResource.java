package org.vaxline.pass.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.pass.control.CitizenPasses;
import org.vaxline.platform.control.KoreaTime;

/**
 * A verified citizen's own pass (the session from identity verification; no admission: it books
 * nothing): its data, its QR code as PNG or SVG by the Accept header, and a 30-second check-in code
 * that a screenshot cannot replay.
 */
@Path("me/pass")
@RequestScoped
public class MyPassResource {

  public static final String SVG = "image/svg+xml";
  public static final String PNG = "image/png";

  @Inject CitizenPasses passes;
  @Inject CitizenSessions sessions;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public MyPassView pass(@CookieParam(CitizenSessions.COOKIE) String token) {
    return MyPassView.of(passes.passOf(holder(token)));
  }

  @GET
  @Produces(PNG)
  public byte[] png(@CookieParam(CitizenSessions.COOKIE) String token) {
    return QrCodes.png(passes.passOf(holder(token)).issued().qrText());
  }

  @GET
  @Produces(SVG)
  public String svg(@CookieParam(CitizenSessions.COOKIE) String token) {
    return QrCodes.svg(passes.passOf(holder(token)).issued().qrText());
  }

  @GET
  @Path("check-in-code")
  @Produces(MediaType.APPLICATION_JSON)
  public CheckInCodeView checkInCode(@CookieParam(CitizenSessions.COOKIE) String token) {
    var code = passes.checkInCode(holder(token));
    return new CheckInCodeView(
        code.code(), code.expiresAt().atZone(KoreaTime.ZONE).toOffsetDateTime());
  }

  /** One's own pass only: a pass names its holder, and no one acts for another at a venue. */
  private long holder(String token) {
    return sessions.require(token).holder();
  }

  /** The code to show or send, and the instant it stops being accepted. */
  public record CheckInCodeView(String code, OffsetDateTime expiresAt) {}
}
