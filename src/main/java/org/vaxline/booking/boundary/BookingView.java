package org.vaxline.booking.boundary;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import org.vaxline.booking.entity.Booking;
import org.vaxline.clinic.entity.ClinicPlace;
import org.vaxline.platform.control.KoreaTime;

/**
 * One booked dose as the person sees it; times in Korean time with their offset. The campaign is
 * named because changing a dose needs that campaign's admission.
 */
public record BookingView(
    String confirmation,
    long campaign,
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
        booking.campaign(),
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

  /**
   * The same object JSON-B writes (null fields left out, times as ISO offset date-times), written
   * with JSON-P where an answer is on every booking's path ({@link BookingsResource}).
   */
  JsonObjectBuilder json(JsonBuilderFactory json) {
    var object =
        json.createObjectBuilder()
            .add("confirmation", confirmation)
            .add("campaign", campaign)
            .add("person", person)
            .add("dose", dose)
            .add("product", product)
            .add("clinic", clinic);
    if (clinicName != null) {
      object.add("clinicName", clinicName);
    }
    if (district != null) {
      object.add("district", district);
    }
    return object
        .add("slot", slot)
        .add("startsAt", KoreaTime.text(startsAt))
        .add("status", status.name());
  }
}
