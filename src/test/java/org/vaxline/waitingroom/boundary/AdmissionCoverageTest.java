package org.vaxline.waitingroom.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.boundary.RestOperations;

/**
 * ARCHITECTURE.md principle 1: no booking-side operation without an admission. Every REST operation
 * is either gated by {@link AdmissionRequired} or on the reviewed list below, with the reason it
 * may be reached by anyone who has not queued. A new operation fails this test until someone
 * decides which it is. {@code CitizenJourneyIT} calls every gated one without an admission.
 */
public class AdmissionCoverageTest {

  /** Reviewed: none of these books, holds or reveals a slot, nor verifies anyone for booking. */
  static final Set<String> OPEN_WITHOUT_ADMISSION =
      Set.of(
          // reference data and the public rule check: the same for everyone, no personal data
          "GET /api/ping",
          "GET /api/provinces",
          "GET /api/clinics",
          "GET /api/clinics/{code}",
          "GET /api/vaccines",
          "GET /api/campaigns",
          "GET /api/campaigns/{id}",
          "GET /api/campaigns/{id}/check",
          // venues checking passes (principle 6): public lists and stateless checks, no session
          "GET /api/pass/trust-list",
          "GET /api/pass/revocations",
          "POST /api/pass/verify",
          "POST /api/pass/check-in",
          // the waiting room itself: how one gets an admission
          "GET /api/queue/{campaign}",
          "GET /api/queue/{campaign}/puzzle",
          "POST /api/queue/{campaign}/tickets",
          "GET /api/queue/{campaign}/status",
          "POST /api/queue/{campaign}/admission",
          // a verified person reading about themselves, and signing out; no booking
          "GET /api/me",
          "GET /api/me/eligibility",
          "GET /api/me/bookings",
          "GET /api/me/bookings/{confirmation}",
          "GET /api/me/bookings/{confirmation}/print",
          // cancelling gives seats back and takes none: the session alone (issue 16)
          "DELETE /api/me/bookings/{confirmation}",
          "GET /api/me/pass",
          "GET /api/me/pass/check-in-code",
          "DELETE /api/identity/session",
          // staff, behind their own sign-in (web.xml): operators and clinic administrators
          "GET /api/staff/me",
          "PUT /api/staff/me/password",
          "GET /api/operator/nodes",
          "GET /api/operator/audit",
          "GET /api/operator/campaigns",
          "POST /api/operator/campaigns",
          "PUT /api/operator/campaigns/{id}",
          "GET /api/operator/priority-groups",
          "POST /api/operator/priority-groups/{code}/members",
          "GET /api/operator/residents",
          "GET /api/operator/sms-outbox",
          "POST /api/operator/passes/revocations",
          "GET /api/operator/queues/{campaign}",
          "PUT /api/operator/queues/{campaign}",
          "GET /api/operator/allocation/consistency",
          "POST /api/operator/allocation/consistency/repair",
          "DELETE /api/operator/allocation/counters",
          "PUT /api/operator/allocation/supply/{product}",
          "GET /api/clinic/{code}/schedule",
          "PUT /api/clinic/{code}/schedule",
          "PUT /api/clinic/{code}/schedule/exceptions/{date}",
          "POST /api/clinic/{code}/stock",
          "GET /api/clinic/{code}/slots",
          "POST /api/clinic/{code}/slots",
          "POST /api/clinic/{code}/doses",
          "POST /api/clinic/{code}/tests",
          "POST /api/clinic/{code}/recoveries");

  @Test
  void everyOperationIsGatedOrReviewedAsOpen() {
    var ungated = new TreeSet<>(RestOperations.declared((type, method) -> !gated(type, method)));
    assertEquals(new TreeSet<>(OPEN_WITHOUT_ADMISSION), ungated);
  }

  @Test
  void identityVerificationForBookingIsGated() {
    var gated = gated();
    assertTrue(gated.contains("POST /api/identity/verifications"), gated::toString);
    assertTrue(gated.contains("POST /api/identity/verifications/{challenge}/confirmation"));
    assertTrue(gated.contains("POST /api/identity/representations"));
    assertTrue(gated.contains("POST /api/identity/representations/{challenge}/confirmation"));
  }

  @Test
  void everyBookingStepIsGated() {
    var gated = gated();
    for (var step :
        List.of(
            "GET /api/campaigns/{campaign}/availability",
            "POST /api/campaigns/{campaign}/holds",
            "DELETE /api/campaigns/{campaign}/holds/{hold}",
            "POST /api/campaigns/{campaign}/bookings",
            "PUT /api/me/bookings/{confirmation}/doses/{dose}")) {
      assertTrue(gated.contains(step), step);
    }
  }

  /** The operations {@code CitizenJourneyIT} calls without an admission. */
  public static Set<String> gated() {
    return RestOperations.declared(AdmissionCoverageTest::gated);
  }

  private static boolean gated(Class<?> type, java.lang.reflect.Method method) {
    return type.isAnnotationPresent(AdmissionRequired.class)
        || method.isAnnotationPresent(AdmissionRequired.class);
  }
}
