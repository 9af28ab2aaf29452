package org.vaxline.booking.entity;

import java.time.LocalDate;

/** A dose a person holds (booked or given): which, of what, and on which Korean date. */
public record BookedDose(int dose, String product, LocalDate date) {}
