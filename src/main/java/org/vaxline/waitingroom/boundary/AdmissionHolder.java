package org.vaxline.waitingroom.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.vaxline.waitingroom.control.Admissions;
import org.vaxline.waitingroom.entity.Admission;

/**
 * The admission {@link AdmissionGate} accepted for this request, for the booking-side resources to
 * check against the campaign they act on, and for the booking to spend. Application-scoped: it
 * keeps nothing, and reads the current request through the container's proxy, so that no bean is
 * made for every availability read.
 */
@ApplicationScoped
public class AdmissionHolder {

  @Inject HttpServletRequest request;
  @Inject Admissions admissions;

  /** The request's admission, refused unless it was issued for {@code campaign}. */
  public Admission forCampaign(long campaign) {
    var admission = (Admission) request.getAttribute(AdmissionGate.ADMISSION);
    if (admission == null) {
      throw new IllegalStateException("an admission-gated resource ran without its gate");
    }
    admissions.requireCampaign(admission, campaign);
    return admission;
  }
}
