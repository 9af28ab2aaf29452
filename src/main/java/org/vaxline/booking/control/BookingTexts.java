package org.vaxline.booking.control;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.vaxline.booking.entity.Booking;
import org.vaxline.platform.control.KoreaTime;

/**
 * The text messages about bookings, in Korean as KDCA's were. They name the dose, product and
 * Korean time, and the confirmation number; never the person's name or registration number, since a
 * text can be read on a locked screen.
 */
final class BookingTexts {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("M/d(E) HH:mm", java.util.Locale.KOREAN).withZone(KoreaTime.ZONE);

  private BookingTexts() {}

  static String confirmed(List<Booking> doses) {
    return "[Vaxline] 예약 완료 " + doses.get(0).confirmation() + ": " + list(doses);
  }

  static String changed(Booking dose) {
    return "[Vaxline] 예약 변경 " + dose.confirmation() + ": " + line(dose);
  }

  static String cancelled(List<Booking> doses) {
    return "[Vaxline] 예약 취소 " + doses.get(0).confirmation() + ": " + list(doses);
  }

  static String reminder(Booking dose) {
    return "[Vaxline] 내일 접종 예약 " + dose.confirmation() + ": " + line(dose) + ", 신분증을 지참하세요.";
  }

  private static String list(List<Booking> doses) {
    return doses.stream().map(BookingTexts::line).collect(Collectors.joining(", "));
  }

  private static String line(Booking dose) {
    return dose.dose() + "차 " + dose.product() + " " + WHEN.format(dose.startsAt());
  }
}
