package org.vaxline.waitingroom.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a booking-side step that finishes what a person already started (confirming or releasing a
 * hold): {@link BookingPathLimit} never sheds it, since shedding it would leave seats held for
 * nobody until the hold expires. It still counts as a request in flight while it runs. Such steps
 * are bounded by the holds that came through the limit before them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FinishesBooking {}
