package org.vaxline.waitingroom.control;

import org.vaxline.platform.control.DomainException;

/** No ticket, or one that is forged, damaged or for another campaign. */
public class TicketRefused extends DomainException {

  TicketRefused() {
    super(
        "ticket-invalid",
        "No valid queue ticket",
        401,
        "This request needs this campaign's queue ticket; join the queue to get one.");
  }
}
