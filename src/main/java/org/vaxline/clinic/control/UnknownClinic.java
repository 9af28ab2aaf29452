package org.vaxline.clinic.control;

import org.vaxline.platform.control.DomainException;

/** No clinic has the code that was asked for. */
public class UnknownClinic extends DomainException {

  public UnknownClinic(String code) {
    super("clinic-not-found", "Clinic not found", 404, "No clinic has the code " + code + ".");
  }
}
