package org.vaxline.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vaxline.platform.control.Constraints;
import org.vaxline.platform.control.DomainException;
import org.vaxline.platform.entity.Problem;
import org.vaxline.platform.entity.Problem.InvalidInput;

/**
 * The one place where errors become HTTP: every failure the server can return, from a JAX-RS
 * resource or from the servlet container, is described here as an RFC 9457 problem. Details never
 * carry exception messages, class names or stack traces; an unexpected error is logged under an
 * incident id that the response names.
 */
@ApplicationScoped
public class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  /** How long a client waits after the database could not do its work: about a restart. */
  private static final Duration DATABASE_RETRY = Duration.ofSeconds(2);

  @Inject MetricRegistry metrics;

  public Response response(Throwable failure, String instance) {
    var response = response(describe(failure).at(instance));
    retryAfter(failure)
        .ifPresent(
            wait -> {
              // Rounded up: a client that waits the advertised seconds is never refused again.
              long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
              response.getHeaders().putSingle("Retry-After", String.valueOf(seconds));
            });
    return response;
  }

  private static Optional<Duration> retryAfter(Throwable failure) {
    if (failure instanceof DomainException domain) {
      return domain.retryAfter();
    }
    return Constraints.isOverload(failure) ? Optional.of(DATABASE_RETRY) : Optional.empty();
  }

  public Response response(Problem problem) {
    metrics
        .counter(
            "vaxline_problems",
            new Tag("type", problem.type().toString()),
            new Tag("status", String.valueOf(problem.status())))
        .inc();
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  Problem describe(Throwable failure) {
    if (failure instanceof DomainException domain) {
      return domain.problem();
    }
    if (failure instanceof ConstraintViolationException invalid) {
      return invalid(invalid);
    }
    if (isMalformedJson(failure)) {
      return Problem.of(
          "malformed-json",
          "Malformed JSON",
          400,
          "The request body is not JSON of the expected shape.");
    }
    if (failure instanceof WebApplicationException web
        && web.getResponse().getStatus() == 404
        && web.getCause() != null) {
      // JAX-RS answers a path or query parameter it cannot convert (a number past a long, from
      // the OpenAPI fuzz) with 404 as if the address did not exist; only that 404 has a cause.
      return Problem.of(
          "invalid-request",
          "Invalid request",
          400,
          "A path or query parameter is not of its type or out of its range.");
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() != 500) {
      return forStatus(web.getResponse().getStatus());
    }
    if (Constraints.isOverload(failure)) {
      // The database could not do the work just now (restarting, out of connections, a lock
      // or statement timeout): the transaction was rolled back, so "try again" is the truth.
      LOG.log(Level.WARNING, "Database unavailable: {0}", failure.toString());
      return forStatus(503);
    }
    var incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, failure);
    return forStatus(500).withIncident(incident);
  }

  /** A problem for a bare HTTP status, as the container or JAX-RS routing produces it. */
  public static Problem forStatus(int status) {
    return switch (status) {
      case 400 -> Problem.of("bad-request", "Bad request", 400, "The request is not well formed.");
      case 401 ->
          Problem.of(
              "unauthorized", "Authentication required", 401, "Sign in to use this resource.");
      case 403 -> Problem.of("forbidden", "Forbidden", 403, "Your role does not allow this.");
      case 404 -> Problem.of("not-found", "Not found", 404, "There is nothing at this address.");
      case 405 ->
          Problem.of(
              "method-not-allowed",
              "Method not allowed",
              405,
              "This address does not accept this HTTP method.");
      case 406 ->
          Problem.of(
              "not-acceptable",
              "Not acceptable",
              406,
              "This address cannot answer in the media type the Accept header asks for.");
      case 415 ->
          Problem.of(
              "unsupported-media-type",
              "Unsupported media type",
              415,
              "This address does not accept a body of this Content-Type.");
      case 501 ->
          Problem.of(
              "not-implemented",
              "Not implemented",
              501,
              "This server does not implement this HTTP method.");
      case 503 ->
          Problem.of(
              "service-unavailable",
              "Service unavailable",
              503,
              "The service cannot take this request now; try again later.");
      default ->
          status >= 500
              ? Problem.of(
                  "internal-error",
                  "Internal error",
                  500,
                  "The server failed unexpectedly; the incident has been logged.")
              : Problem.of("http-" + status, "HTTP " + status, status, "The request failed.");
    };
  }

  private static Problem invalid(ConstraintViolationException invalid) {
    var errors =
        invalid.getConstraintViolations().stream()
            .map(v -> new InvalidInput(field(v), v.getMessage()))
            .sorted(Comparator.comparing(InvalidInput::field))
            .toList();
    return Problem.of(
            "invalid-request", "Invalid request", 400, "Some input is missing or out of range.")
        .withErrors(errors);
  }

  /** The property path without the Java method name: {@code change.newPassword}. */
  private static String field(ConstraintViolation<?> violation) {
    return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
        .skip(1)
        .map(Path.Node::toString)
        .reduce((a, b) -> a + "." + b)
        .orElse("request");
  }

  private static boolean isMalformedJson(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return true;
      }
    }
    return false;
  }
}
