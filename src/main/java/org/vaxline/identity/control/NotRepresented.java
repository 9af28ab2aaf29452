package org.vaxline.identity.control;

import org.vaxline.platform.control.DomainException;

/** Acting for a person who has not confirmed, with a code to their own phone, that you may. */
public class NotRepresented extends DomainException {

  NotRepresented() {
    super(
        "not-authorized-for-person",
        "Not authorized for this person",
        403,
        "You may act only for yourself and for people who confirmed it with a code sent to"
            + " their phone in this session.");
  }
}
