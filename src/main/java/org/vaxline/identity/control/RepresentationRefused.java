package org.vaxline.identity.control;

import org.vaxline.platform.control.DomainException;

/** Asking to act for someone in a way the rules exclude (oneself, or too many people). */
public class RepresentationRefused extends DomainException {

  public RepresentationRefused(String detail) {
    super("representation-refused", "Representation refused", 422, detail);
  }
}
