package org.vaxline.booking.control;

import java.util.List;
import org.vaxline.booking.entity.Booking;
import org.vaxline.booking.entity.Hold;

/**
 * A hold on its way into a batch of confirmations: its checks done, its admission spent, and the
 * booking rows it will write made (under the confirmation number it will be booked with).
 */
record PendingConfirmation(Hold hold, List<Booking> doses) {

  PendingConfirmation {
    doses = List.copyOf(doses);
  }

  /** The slot its batch is formed by: the first dose's, which everyone wants first. */
  long line() {
    return hold.doses().get(0).slot();
  }
}
