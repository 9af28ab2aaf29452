package org.vaxline.waitingroom.boundary;

import com.netflix.concurrency.limits.Limiter.Listener;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.vaxline.waitingroom.control.BookingCapacity;
import org.vaxline.waitingroom.control.BookingOverloaded;

/**
 * Holds every booking-side request to the node's adaptive limit ({@link BookingCapacity}): over it,
 * 503 at once with Retry-After; within it, the request's outcome and latency teach the limit.
 * Server errors count as drops, which shrink it; refusals of the client's own making are ignored.
 * An operation marked {@link NeverShed} is let through even over the limit. A {@link ReadsOnly}
 * read is not held to it at all: it answers from memory, and its fast answers would teach the limit
 * that the database is quicker than it is (and every answer took the limit's lock).
 */
@Provider
@AdmissionRequired
@Priority(Priorities.AUTHENTICATION)
public class BookingPathLimit implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String PLACE = "vaxline.booking-place";

  @Inject BookingCapacity capacity;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod().isAnnotationPresent(ReadsOnly.class)) {
      return;
    }
    var place = capacity.enter();
    if (place.isPresent()) {
      request.setProperty(PLACE, place.get());
    } else if (!resource.getResourceMethod().isAnnotationPresent(NeverShed.class)) {
      throw new BookingOverloaded();
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(PLACE) instanceof Listener place) {
      request.removeProperty(PLACE);
      var status = response.getStatus();
      if (status >= 500) {
        place.onDropped();
      } else if (status >= 400) {
        place.onIgnore();
      } else {
        place.onSuccess();
      }
    }
  }
}
