package org.vaxline.identity.control;

import java.time.Duration;
import org.vaxline.platform.control.DomainException;

/**
 * A resident whose name and phone release N wrote in clear, and whom this node's start-up backfill
 * has not sealed yet (db/V13): readiness is down meanwhile, and a request that still arrives is
 * asked to come back rather than answered from the clear columns, which this release never reads.
 */
public class ContactsNotSealed extends DomainException {

  ContactsNotSealed() {
    super(
        "service-unavailable",
        "Service unavailable",
        503,
        "This node is still sealing the register; try again shortly.",
        Duration.ofSeconds(5));
  }
}
