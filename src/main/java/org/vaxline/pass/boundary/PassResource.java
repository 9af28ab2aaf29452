package org.vaxline.pass.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vaxline.pass.control.CheckIns;
import org.vaxline.pass.control.PassChecks;
import org.vaxline.pass.control.PublishedDocument;
import org.vaxline.pass.control.PublishedTrustList;
import org.vaxline.pass.control.RevocationCatalog;
import org.vaxline.pass.control.TrustListDocument;

/**
 * What venues use (ARCHITECTURE.md principle 6): the signed trust list and the revocation list to
 * verify offline, both cacheable with a version and a strong ETag; and the stateless online check
 * of a scanned pass or of a check-in code. None needs a session or an admission, none reads the
 * database.
 */
@Path("pass")
@RequestScoped
public class PassResource {

  /** Keys change rarely and are added ahead of use (manuals/operations.md, rotation). */
  private static final int TRUST_LIST_MAX_AGE = 3600;

  /** A revocation reaches a venue app that honours this within a minute. */
  private static final int REVOCATIONS_MAX_AGE = 60;

  @Inject PublishedTrustList trustList;
  @Inject RevocationCatalog revocations;
  @Inject PassChecks checks;
  @Inject CheckIns checkIns;
  @Inject MetricRegistry metrics;

  @GET
  @Path("trust-list")
  @Produces(TrustListDocument.MEDIA_TYPE)
  public Response trustList(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    return cacheable(trustList.document(), ifNoneMatch, TRUST_LIST_MAX_AGE);
  }

  @GET
  @Path("revocations")
  @Produces(MediaType.APPLICATION_JSON)
  public Response revocations(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    return cacheable(revocations.document(), ifNoneMatch, REVOCATIONS_MAX_AGE);
  }

  @POST
  @Path("verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response verify(InputStream body) {
    var answer = PassAnswer.of(checks.verify(SmallJsonBody.text(body, "qr")));
    return counted("scan", answer);
  }

  @POST
  @Path("check-in")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response checkIn(InputStream body) {
    var answer = PassAnswer.of(checkIns.check(SmallJsonBody.text(body, "code")));
    return counted("check-in", answer);
  }

  /** Pass checks per second, by kind and outcome (ARCHITECTURE.md principle 9). */
  private Response counted(String kind, PassAnswer answer) {
    metrics
        .counter(
            "vaxline_pass_checks",
            new Tag("kind", kind),
            new Tag("valid", String.valueOf(answer.valid())))
        .inc();
    return Response.ok(answer).cacheControl(noStore()).build();
  }

  private static Response cacheable(PublishedDocument document, String ifNoneMatch, int maxAge) {
    var response =
        document.matches(ifNoneMatch) ? Response.notModified() : Response.ok(document.body());
    return response
        .header(HttpHeaders.ETAG, document.etag())
        .header("Vaxline-List-Version", document.version())
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge)
        .build();
  }

  /** An answer names a person, however masked: no cache keeps it. */
  private static CacheControl noStore() {
    var cache = new CacheControl();
    cache.setNoStore(true);
    return cache;
  }
}
