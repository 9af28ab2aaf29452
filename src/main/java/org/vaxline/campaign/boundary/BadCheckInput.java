package org.vaxline.campaign.boundary;

import org.vaxline.platform.control.DomainException;

/**
 * A rule-check date or instant that is well formed but no real one (a malformed parameter is an
 * {@code InvalidRequest}).
 */
class BadCheckInput extends DomainException {

  private BadCheckInput(String slug, String detail) {
    super(slug, "Invalid date or time", 400, detail);
  }

  static BadCheckInput time(String slug, String detail) {
    return new BadCheckInput(slug, detail);
  }
}
