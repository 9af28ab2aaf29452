package org.vaxline.waitingroom.control;

import org.vaxline.platform.control.DomainException;

/** Joining a campaign's queue before its pre-queue opens, or after the campaign closed. */
public class QueueClosed extends DomainException {

  QueueClosed(String detail) {
    super("queue-not-open", "Waiting room not open", 409, detail);
  }
}
