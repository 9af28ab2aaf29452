package org.vaxline.campaign.boundary;

import org.vaxline.platform.control.DomainException;

/** A rule-check parameter that cannot be read. */
class BadCheckInput extends DomainException {

  private BadCheckInput(String slug, String title, String detail) {
    super(slug, title, 400, detail);
  }

  /** Malformed: the same type as any other invalid request. */
  static BadCheckInput malformed(String detail) {
    return new BadCheckInput("invalid-request", "Invalid request", detail);
  }

  /** Well formed but no real date or instant. */
  static BadCheckInput time(String slug, String detail) {
    return new BadCheckInput(slug, "Invalid date or time", detail);
  }
}
