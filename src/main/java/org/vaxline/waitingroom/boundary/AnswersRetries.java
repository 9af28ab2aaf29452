package org.vaxline.waitingroom.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a booking-side operation that answers a client's retry of what it already did (a
 * confirmation whose answer was lost) from its own records, whatever became of the admission since:
 * spent by that very step, expired, or unreadable after the shared cache was wiped. {@link
 * AdmissionGate} therefore does not refuse such a request itself, nor ask the cluster whether the
 * admission was spent: it leaves its refusal for {@link AdmissionHolder#forCampaign}, which the
 * operation calls once it has found that the request is not such a retry. The operation spends the
 * admission itself, which refuses a spent one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersRetries {}
