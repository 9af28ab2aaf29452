package org.vaxline.waitingroom.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a booking-side operation that {@link BookingPathLimit} never refuses, though it still needs
 * an admission and counts as in flight while it runs when there is room. Two kinds qualify: a step
 * that finishes what a person already started (confirming or releasing a hold), since shedding it
 * would leave seats held for nobody until the hold expires, and a read answered from memory
 * (availability), which the limit has nothing to protect from.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NeverShed {}
