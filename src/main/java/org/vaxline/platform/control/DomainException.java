package org.vaxline.platform.control;

import org.vaxline.platform.entity.Problem;

/**
 * A refusal that a feature's rules produce (sold out, not eligible, unknown clinic). Features
 * subclass it with their own problem type; the platform turns it into problem+json.
 */
public abstract class DomainException extends RuntimeException {

  private final transient Problem problem;

  protected DomainException(String slug, String title, int status, String detail) {
    super(title + ": " + detail, null, false, false);
    this.problem = Problem.of(slug, title, status, detail);
  }

  public Problem problem() {
    return problem;
  }
}
