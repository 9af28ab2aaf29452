package org.vaxline.allocation.entity;

import java.time.Instant;

/** What does not change as people book: where, when, what, and for how many. */
public record SlotFacts(
    long id,
    long campaign,
    long clinic,
    String product,
    Instant startsAt,
    Instant endsAt,
    int capacity) {}
