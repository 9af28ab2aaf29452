package org.vaxline.waitingroom.control;

import org.vaxline.platform.control.DomainException;

/** A booking-side request without a usable admission from the waiting room. */
public class AdmissionRefused extends DomainException {

  private AdmissionRefused(String slug, String title, int status, String detail) {
    super(slug, title, status, detail);
  }

  static AdmissionRefused missing() {
    return new AdmissionRefused(
        "admission-required",
        "Admission required",
        401,
        "This campaign is queued: wait for your turn in its waiting room, then use the admission"
            + " it gives you.");
  }

  static AdmissionRefused invalid() {
    return new AdmissionRefused(
        "admission-invalid",
        "Admission not valid",
        403,
        "The admission is forged, expired, for another campaign or from another browser.");
  }

  static AdmissionRefused spent() {
    return new AdmissionRefused(
        "admission-spent", "Admission already used", 409, "This admission has already been used.");
  }

  static AdmissionRefused notYourTurn() {
    return new AdmissionRefused(
        "not-your-turn",
        "Not your turn yet",
        409,
        "Your place has not been reached; keep polling your status.");
  }

  static AdmissionRefused alreadyAdmitted() {
    return new AdmissionRefused(
        "already-admitted",
        "Already admitted",
        409,
        "This ticket holds a live admission; use it, or wait until it expires.");
  }
}
