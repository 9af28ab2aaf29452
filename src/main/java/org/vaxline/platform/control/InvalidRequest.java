package org.vaxline.platform.control;

/**
 * Input that is missing or malformed, found by a resource that reads its input itself rather than
 * through Bean Validation (on the busiest paths, where the validation interceptors cost more than
 * the work): the same problem type as Bean Validation's refusals.
 */
public class InvalidRequest extends DomainException {

  public InvalidRequest(String detail) {
    super("invalid-request", "Invalid request", 400, detail);
  }
}
