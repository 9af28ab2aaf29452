package org.vaxline.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.vaxline.identity.control.ContactBackfill;

/**
 * Not ready while any resident's name or phone is not sealed yet (db/V13): this release reads only
 * the sealed columns, so it cannot verify or text such a person yet. Nor, unless clear values are
 * kept for a rolling upgrade, while any is still in clear: the node is erasing them.
 */
@Readiness
@ApplicationScoped
public class ContactsReadiness implements HealthCheck {

  @Inject ContactBackfill backfill;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("resident-contacts")
        .withData("state", backfill.state())
        .withData("sealedByThisNode", backfill.sealedHere())
        .status(backfill.done())
        .build();
  }
}
