package org.vaxline.platform.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per kind of problem that clients may
 * switch on; it is not meant to be dereferenced (RFC 9457 §3.1.1). Null members are left out.
 *
 * @param incident for unexpected errors only: the id under which the server logged the details
 * @param errors for invalid requests only: which input was wrong and why
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "incident", "errors"})
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    String incident,
    List<InvalidInput> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:vaxline:problem:";

  public Problem {
    if (type == null || title == null || status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem has a type, a title and an error status");
    }
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem(type(slug), title, status, detail, null, null, null);
  }

  public static URI type(String slug) {
    if (!slug.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("a problem slug is lowercase words joined by dashes");
    }
    return URI.create(TYPE_PREFIX + slug);
  }

  public Problem at(String instance) {
    return new Problem(type, title, status, detail, instance, incident, errors);
  }

  public Problem withIncident(String incident) {
    return new Problem(type, title, status, detail, instance, incident, errors);
  }

  public Problem withErrors(List<InvalidInput> errors) {
    return new Problem(type, title, status, detail, instance, incident, errors);
  }

  /** One wrong input: where it was ({@code body.newPassword}, {@code query.province}) and why. */
  public record InvalidInput(String field, String message) {}
}
