package org.vaxline.waitingroom.control;

import java.time.Instant;

/**
 * A queue as anyone may see it; the same answer for every caller, so a proxy may cache it.
 *
 * @param admittedPerSecond measured over the last minute, and over the last five; null while there
 *     is not that much history
 */
public record Overview(
    long campaign,
    Instant preQueueOpensAt,
    Instant opensAt,
    long nowServing,
    Double admittedPerSecond,
    Double admittedPerSecondFiveMinutes) {}
