package org.vaxline.platform.boundary;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.vaxline.platform.control.DomainException;

/**
 * A body must say what it is, and every JSON body that JSON-B binds is first read strictly ({@link
 * JsonBodies}): a hold with no {@code Content-Type} was taken as JSON, and Yasson took the last of
 * two equal keys and ignored what followed the first value ({@code {"slot":1} x}). A body the
 * resource reads itself, as an {@link InputStream}, is left to {@link JsonBodies#read}.
 */
@Provider
public class StrictJsonBodies implements ContainerRequestFilter, ReaderInterceptor {

  /** No JSON-B body of the API comes near it; the largest is a weekly schedule. */
  static final int LIMIT = 256 * 1024;

  /** A body without its type is 415 unsupported-media-type, not read as whatever fits. */
  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getMediaType() == null && request.hasEntity()) {
      throw new NotSupportedException();
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getType() != InputStream.class && isJson(context)) {
      var bytes = JsonBodies.bytes(context.getInputStream(), LIMIT, BodyTooLarge::new);
      JsonBodies.requireStrict(bytes);
      context.setInputStream(new ByteArrayInputStream(bytes));
    }
    return context.proceed();
  }

  /** The same problem type as a pass check's too large body. */
  static final class BodyTooLarge extends DomainException {
    BodyTooLarge() {
      super(
          "request-too-large", "Request too large", 413, "A body is at most " + LIMIT + " bytes.");
    }
  }

  private static boolean isJson(ReaderInterceptorContext context) {
    var type = context.getMediaType();
    return type != null
        && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
  }
}
