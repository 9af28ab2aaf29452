package org.vaxline.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.vaxline.platform.control.DatabaseMigration;

/**
 * Until this node's schema is migrated, API requests are refused at once with 503 and Retry-After
 * instead of failing deep inside a feature (ARCHITECTURE.md principle 3). The ping stays open: it
 * touches nothing.
 */
@Provider
@PreMatching
public class SchemaGate implements ContainerRequestFilter {

  private static final String RETRY_AFTER_SECONDS = "5";

  @Inject DatabaseMigration migration;
  @Inject Problems problems;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!migration.status().ready() && !request.getUriInfo().getPath().equals("ping")) {
      var refusal = Problems.forStatus(503).at(request.getUriInfo().getRequestUri().getRawPath());
      request.abortWith(
          Response.fromResponse(problems.response(refusal))
              .header("Retry-After", RETRY_AFTER_SECONDS)
              .build());
    }
  }
}
