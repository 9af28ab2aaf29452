package org.vaxline.waitingroom.control;

import java.time.Duration;
import org.vaxline.platform.control.DomainException;

/** The booking path is at its limit on this node: refused at once, to be tried again shortly. */
public class BookingOverloaded extends DomainException {

  public BookingOverloaded() {
    super(
        "booking-overloaded",
        "Booking busy",
        503,
        "Booking is at its capacity just now; try again in a moment. Your admission stays valid.",
        Duration.ofSeconds(2));
  }
}
