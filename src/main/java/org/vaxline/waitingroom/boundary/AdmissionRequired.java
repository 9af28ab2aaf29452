package org.vaxline.waitingroom.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a booking-side REST resource or method: it answers only requests that carry an admission
 * from a waiting room ({@link AdmissionGate}). ARCHITECTURE.md principle 1: there is no other path,
 * and {@code AdmissionCoverageTest} fails the build for a resource method that is neither marked
 * nor on its reviewed list of exceptions.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdmissionRequired {}
