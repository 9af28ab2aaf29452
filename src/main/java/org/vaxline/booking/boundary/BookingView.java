package org.vaxline.booking.boundary;

import java.time.OffsetDateTime;
import org.vaxline.booking.entity.Booking;
import org.vaxline.clinic.entity.ClinicPlace;
import org.vaxline.platform.control.KoreaTime;

/** One booked dose as the person sees it; times in Korean time with their offset. */
public record BookingView(
    String confirmation,
    String person,
    int dose,
    String product,
    String clinic,
    String clinicName,
    String district,
    long slot,
    OffsetDateTime startsAt,
    Booking.Status status) {

  static BookingView of(Booking booking, ClinicPlace clinic) {
    return new BookingView(
        booking.confirmation(),
        String.valueOf(booking.person()),
        booking.dose(),
        booking.product(),
        clinic.code(),
        clinic.name(),
        clinic.district(),
        booking.slot(),
        booking.startsAt().atZone(KoreaTime.ZONE).toOffsetDateTime(),
        booking.status());
  }
}
