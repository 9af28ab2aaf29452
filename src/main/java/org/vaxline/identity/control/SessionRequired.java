package org.vaxline.identity.control;

import org.vaxline.platform.control.DomainException;

/** A citizen endpoint called without a valid, unexpired session. */
public class SessionRequired extends DomainException {

  SessionRequired() {
    super(
        "session-required",
        "Identity verification required",
        401,
        "Verify your identity first; a session lasts 20 minutes.");
  }
}
