package org.vaxline.platform.boundary;

import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS chooses an exception mapper by the nearest exception type, and Jersey brings its own for
 * validation; these three cover every type so that all of them reach {@link Problems}.
 */
final class ProblemMappers {

  private ProblemMappers() {}

  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Inject Problems problems;
    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
      return problems.response(failure, uri.getRequestUri().getRawPath());
    }
  }

  @Provider
  public static class Validation implements ExceptionMapper<ValidationException> {
    @Inject Problems problems;
    @Context UriInfo uri;

    @Override
    public Response toResponse(ValidationException failure) {
      return problems.response(failure, uri.getRequestUri().getRawPath());
    }
  }

  /** Keeps the headers JAX-RS set on the way, such as {@code Allow} for 405. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Inject Problems problems;
    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException failure) {
      var problem = problems.response(failure, uri.getRequestUri().getRawPath());
      var response = Response.fromResponse(problem);
      failure
          .getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")
                    && !name.equalsIgnoreCase("Content-Length")) {
                  values.forEach(value -> response.header(name, value));
                }
              });
      return response.build();
    }
  }
}
