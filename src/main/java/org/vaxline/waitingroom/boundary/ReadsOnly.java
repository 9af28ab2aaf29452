package org.vaxline.waitingroom.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a booking-side read (availability): {@link AdmissionGate} wants an admission that is
 * intact, current and this browser's, but does not ask the cluster whether it was spent, since a
 * read books nothing. That saves a shared-cache lookup on the busiest booking-side request; every
 * step that holds or books still refuses a spent admission. Nor does {@link BookingPathLimit} hold
 * such a read to the booking path's adaptive limit, which measures what waits on the database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadsOnly {}
