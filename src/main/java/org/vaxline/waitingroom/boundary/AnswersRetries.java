package org.vaxline.waitingroom.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a booking-side operation that answers a client's retry of what it already did (a
 * confirmation whose answer was lost) from its own records, although that first try spent the
 * admission the retry carries. {@link AdmissionGate} therefore wants the admission intact, current
 * and this browser's, as always, but does not ask the cluster whether it was spent: the operation
 * answers a retry first, and otherwise spends the admission itself, which refuses a spent one. (It
 * also saves the confirmation a shared-cache lookup.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersRetries {}
