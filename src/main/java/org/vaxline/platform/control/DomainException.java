package org.vaxline.platform.control;

import java.time.Duration;
import java.util.Optional;
import org.vaxline.platform.entity.Problem;

/**
 * A refusal that a feature's rules produce (sold out, not eligible, unknown clinic). Features
 * subclass it with their own problem type; the platform turns it into problem+json.
 */
public abstract class DomainException extends RuntimeException {

  private final transient Problem problem;
  private final Duration retryAfter;

  protected DomainException(String slug, String title, int status, String detail) {
    this(slug, title, status, detail, null);
  }

  /** A refusal that ends by itself; the answer says when to try again (Retry-After). */
  protected DomainException(
      String slug, String title, int status, String detail, Duration retryAfter) {
    super(title + ": " + detail, null, false, false);
    this.problem = Problem.of(slug, title, status, detail);
    this.retryAfter = retryAfter;
  }

  public Problem problem() {
    return problem;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
