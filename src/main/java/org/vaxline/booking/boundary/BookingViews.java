package org.vaxline.booking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.vaxline.booking.entity.Booking;
import org.vaxline.clinic.control.ClinicDirectory;

/** Bookings with their clinics' names, for the person's answers and the printed confirmation. */
@ApplicationScoped
public class BookingViews {

  @Inject ClinicDirectory clinics;

  public List<BookingView> of(List<Booking> bookings) {
    return bookings.stream()
        .map(booking -> BookingView.of(booking, clinics.byId(booking.clinic()).orElseThrow()))
        .toList();
  }
}
