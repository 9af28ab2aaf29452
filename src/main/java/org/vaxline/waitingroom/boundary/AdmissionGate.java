package org.vaxline.waitingroom.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.vaxline.waitingroom.control.Admissions;

/**
 * Refuses a booking-side request unless it carries a current admission (header {@value
 * QueueResource#ADMISSION_HEADER}) issued to this browser (cookie {@value
 * QueueResource#BROWSER_COOKIE}). It runs before the request body is read, so nothing is done for a
 * request that will be refused; when the queue's shared state is unreachable it refuses everyone
 * (fail closed). The admission found is left on the request for the booking that spends it.
 */
@Provider
@AdmissionRequired
@Priority(Priorities.AUTHORIZATION)
public class AdmissionGate implements ContainerRequestFilter {

  public static final String ADMISSION = "vaxline.admission";

  @Inject Admissions admissions;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    var cookie = request.getCookies().get(QueueResource.BROWSER_COOKIE);
    var browser = cookie == null ? null : cookie.getValue();
    var token = request.getHeaderString(QueueResource.ADMISSION_HEADER);
    var method = resource.getResourceMethod();
    var admission =
        method.isAnnotationPresent(ReadsOnly.class)
                || method.isAnnotationPresent(AnswersRetries.class)
            ? admissions.requireCurrent(token, browser)
            : admissions.requireAny(token, browser);
    request.setProperty(ADMISSION, admission);
  }
}
